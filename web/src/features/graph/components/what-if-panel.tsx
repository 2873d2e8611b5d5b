import type { AsyncState } from '../../../lib/use-async';
import type { NodeRef, WhatIf } from '../api/get-what-if';
import { tg } from '../i18n';
import './what-if.css';

/** The kinds of node a what-if question may be asked about. */
export const WHAT_IF_LABELS = new Set(['Person', 'Organisation', 'Channel']);

/** In the selected node's panel: ask what would break without it. */
export function WhatIfButton({ name, onAsk }: { name: string; onAsk: () => void }) {
  return (
    <button type="button" className="text-button what-if__ask" onClick={onAsk} aria-label={tg('whatIf.askLabel', { name })} data-testid="what-if-ask">
      {tg('whatIf.ask')}
    </button>
  );
}

interface Props {
  state: AsyncState<WhatIf> & { reload: () => void };
  /** The subject's name while the answer is on its way. */
  name: string;
  onSelect: (id: string) => void;
  onClose: () => void;
}

/**
 * What would break without a person, an organisation or a channel: the API's answer (whatIf),
 * grouped by kind of consequence, each a link to its node on the map, where the same things
 * are marked (marks.ts). The sentences come in the app's language (get-what-if.ts); the names in
 * them are Danish content, as everywhere on the map.
 */
export function WhatIfPanel({ state, name, onSelect, onClose }: Props) {
  const data = state.status === 'success' ? state.data : null;
  const subject = data?.subject.name ?? name;
  const link = (ref: NodeRef) => (
    <button type="button" className="link-button" onClick={() => onSelect(ref.id)} aria-label={tg('whatIf.show', { name: ref.name })}>
      {ref.name}
    </button>
  );
  const section = (
    key: 'whatIf.contacts' | 'whatIf.waysIn' | 'whatIf.groups' | 'whatIf.bridges' | 'whatIf.paths',
    items: Array<{ id: string; ref: NodeRef; sentence: string }>,
  ) =>
    items.length > 0 && (
      <section className="what-if__section" aria-labelledby={`what-if-${key}`}>
        <h3 id={`what-if-${key}`} className="path-panel__subheading">
          {tg(key)} ({items.length})
        </h3>
        <ul className="what-if__list">
          {items.map((item) => (
            <li key={item.id} data-testid="what-if-item">
              {link(item.ref)}
              <p className="what-if__sentence">{item.sentence}</p>
            </li>
          ))}
        </ul>
      </section>
    );
  return (
    <section
      className="path-panel what-if"
      aria-labelledby="what-if-heading"
      aria-busy={state.status === 'loading'}
      data-testid="what-if-panel"
      data-state={state.status}
    >
      <header className="path-panel__header">
        <h2 id="what-if-heading">{tg('whatIf.heading', { name: subject })}</h2>
        <button type="button" className="text-button" onClick={onClose} data-testid="what-if-close">
          {tg('whatIf.close')}
        </button>
      </header>
      <p className="muted">{tg('whatIf.note')}</p>
      {state.status === 'loading' && <p role="status">{tg('whatIf.loading')}</p>}
      {state.status === 'error' && (
        <div className="notice notice--error" role="alert">
          {tg('whatIf.error', { message: state.error.message })}{' '}
          <button type="button" className="text-button" onClick={state.reload}>
            {tg('whatIf.retry')}
          </button>
        </div>
      )}
      {data && (
        <>
          <p className="path-panel__explanation" role="status" data-testid="what-if-explanation">
            {data.explanation}
          </p>
          {data.total === 0 && <p className="notice">{tg('whatIf.nothing')}</p>}
          {section(
            'whatIf.contacts',
            data.contacts.map((c) => ({ id: c.organisation.id, ref: c.organisation, sentence: c.sentence })),
          )}
          {section(
            'whatIf.waysIn',
            data.waysIn.map((c) => ({ id: c.organisation.id, ref: c.organisation, sentence: c.sentence })),
          )}
          {section(
            'whatIf.groups',
            data.groups.map((g) => ({ id: g.group.id, ref: g.group, sentence: g.sentence })),
          )}
          {section(
            'whatIf.bridges',
            data.bridges.map((b) => ({ id: `${b.hand.id}|${b.person?.id ?? ''}|${b.sectors.join()}`, ref: b.hand, sentence: b.sentence })),
          )}
          {section(
            'whatIf.paths',
            data.paths.map((p) => ({ id: `${p.from.id}|${p.to.id}`, ref: p.to, sentence: p.sentence })),
          )}
        </>
      )}
    </section>
  );
}
