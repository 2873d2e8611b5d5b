import { useMemo, type ReactNode } from 'react';
import { t, tVocab } from '../../../i18n';
import { collator } from '../../../lib/collator';
import { useNodeProperties } from '../api/get-node-properties';
import { useOrganisation, type OrganisationLink } from '../api/get-organisation';
import { tg } from '../i18n';
import { InterfacesList } from './interfaces-list';
import { formatProperty, propertyEntries, propertyName } from '../lib/format-property';
import { sectorOf } from '../lib/to-elements';
import { sectorColour } from '../lib/visual-encoding';
import type { AsyncState } from '../../../lib/use-async';
import type { GraphEdge, GraphNode } from '../types';
import { Swatch } from './shape-icon';

/** Organisation links are listed from organisation(id); other connections from the graph's edges. */
const ORGANISATION_LINKS = new Set(['PART_OF', 'IN_CLUSTER']);

interface NodeDetailsProps {
  node: GraphNode;
  onMap: boolean;
  /** Neighbours the filters hide, drawn around the node while it is selected. */
  hiddenNeighbours: number;
  /** Every edge of the loaded graph that touches the node. */
  edges: GraphEdge[];
  nameOf: (id: string) => string;
  onSelect: (id: string) => void;
  onClose: () => void;
  /** Whether this node is the focus of the view already. */
  focused: boolean;
  onFocus: (id: string) => void;
  onPickEnd: (end: 'from' | 'to', id: string) => void;
  /** Which end of the path this node is, if any. */
  pathEnd: 'from' | 'to' | null;
  /** Expanding by relation type and pinning (expand-by-type.tsx). */
  expand?: ReactNode;
}

/** Shown as contact details when present; the API leaves out a person's name, e-mail and phone for anonymous visitors. */
const CONTACT_FIELDS = ['title', 'email', 'phone', 'address', 'schedule', 'rules', 'website'];

export function NodeDetails({
  node,
  onMap,
  hiddenNeighbours,
  edges,
  nameOf,
  onSelect,
  onClose,
  focused,
  onFocus,
  onPickEnd,
  pathEnd,
  expand,
}: NodeDetailsProps) {
  const isOrganisation = node.label === 'Organisation';
  const sector = sectorOf(node);
  // The map's answer has no stored properties: the selected node's are read now, once per selection.
  const properties = useNodeProperties(node.id);
  const connections = useMemo(
    () =>
      edges
        .filter((e) => !(isOrganisation && ORGANISATION_LINKS.has(e.type)))
        .map((e) => {
          const outgoing = e.source === node.id;
          const other = outgoing ? e.target : e.source;
          const relation = tVocab('relation', e.type);
          return { id: e.id, other, name: nameOf(other), text: outgoing ? t('details.outgoing', { relation }) : t('details.incoming', { relation }) };
        })
        .sort((a, b) => collator.compare(a.text, b.text) || collator.compare(a.name, b.name)),
    [edges, isOrganisation, node.id, nameOf],
  );

  return (
    <aside className="details" aria-labelledby="details-heading" data-testid="details">
      <header className="details__header">
        <p className="details__eyebrow">{t('details.heading')}</p>
        <h2 id="details-heading">{node.name}</h2>
        <button type="button" className="icon-button details__close" onClick={onClose} aria-label={t('details.close')} title={t('details.close')}>
          ×
        </button>
      </header>
      {(!onMap || hiddenNeighbours > 0) && (
        <p className="notice">
          {!onMap && t('details.notOnMap')} {hiddenNeighbours > 0 && t('details.contextShown', { count: hiddenNeighbours })}
        </p>
      )}
      {/* biome-ignore lint/a11y/useSemanticElements: a labelled group of buttons, not a form section with a legend */}
      <div className="details__actions" role="group" aria-label={tg('details.actions')}>
        <button type="button" className="text-button" onClick={() => onFocus(node.id)} disabled={focused} data-testid="details-focus">
          {tg('focus.focus')}
        </button>
        <button type="button" className="text-button" onClick={() => onPickEnd('from', node.id)} aria-pressed={pathEnd === 'from'} data-testid="details-from">
          {tg('path.fromHere')}
        </button>
        <button type="button" className="text-button" onClick={() => onPickEnd('to', node.id)} aria-pressed={pathEnd === 'to'} data-testid="details-to">
          {tg('path.toHere')}
        </button>
      </div>
      {expand}
      <dl className="details__facts">
        <dt>{t('details.label')}</dt>
        <dd>{tVocab('label', node.label)}</dd>
        {node.kind && (
          <>
            <dt>{t('details.kind')}</dt>
            <dd>{tVocab('kind', node.kind)}</dd>
          </>
        )}
        <dt>{t('details.sector')}</dt>
        <dd>
          <Swatch colour={sectorColour(sector)} /> {tVocab('sector', sector)}
        </dd>
      </dl>

      {properties.status === 'success' && <ContactDetails node={node} properties={properties.data} />}

      {isOrganisation && <InterfacesList organisationId={node.id} onSelect={onSelect} />}

      {isOrganisation && <OrganisationLinks id={node.id} onSelect={onSelect} />}

      {connections.length > 0 && (
        <section className="details__section">
          <h3>{t('details.connections')}</h3>
          <ul className="link-list">
            {connections.map((c, i) => (
              <li key={c.id}>
                {connections[i - 1]?.text !== c.text && <span className="link-list__relation">{c.text}</span>}
                <button type="button" className="link-button" onClick={() => onSelect(c.other)}>
                  {c.name}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section className="details__section">
        <h3>{t('details.properties')}</h3>
        <StoredProperties state={properties} />
      </section>
    </aside>
  );
}

/** The node's stored properties but the contact details (shown above), once read; a status line while they are read. */
function StoredProperties({ state }: { state: AsyncState<Record<string, unknown>> }) {
  if (state.status === 'loading' || state.status === 'idle') {
    return (
      <p className="details__loading" role="status" data-testid="properties-loading">
        {tg('details.propertiesLoading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <p className="notice notice--error" role="alert">
        {tg('details.propertiesError', { message: state.error.message })}
      </p>
    );
  }
  return <PropertyList properties={Object.fromEntries(Object.entries(state.data).filter(([key]) => !CONTACT_FIELDS.includes(key)))} />;
}

/** How to reach the node: a person's title, e-mail and phone, a channel's address, times and rules. */
function ContactDetails({ node, properties }: { node: GraphNode; properties: Record<string, unknown> }) {
  const entries = CONTACT_FIELDS.filter((key) => typeof properties[key] === 'string' && properties[key] !== '').map((key) => [key, properties[key]] as const);
  const isPerson = node.label === 'Person';
  if (!isPerson && entries.length === 0) return null;
  const personal = entries.some(([key]) => key === 'email' || key === 'phone');
  return (
    <section className="details__section" aria-labelledby="contact-heading" data-testid="contact">
      <h3 id="contact-heading">{tg('details.contact')}</h3>
      {entries.length > 0 && (
        <dl className="details__properties">
          {entries.map(([key, value]) => (
            <div key={key} className="details__property">
              <dt>{propertyName(key)}</dt>
              <dd>
                <PropertyValue name={key} value={value} />
              </dd>
            </div>
          ))}
        </dl>
      )}
      {isPerson && !personal && <p className="muted">{tg('details.contactHidden')}</p>}
    </section>
  );
}

function OrganisationLinks({ id, onSelect }: { id: string; onSelect: (id: string) => void }) {
  const organisation = useOrganisation(id);
  if (organisation.status === 'loading' || organisation.status === 'idle') {
    return (
      <p className="details__loading" role="status">
        {t('details.loadingOrganisation')}
      </p>
    );
  }
  if (organisation.status === 'error') {
    return (
      <p className="notice notice--error" role="alert">
        {t('details.organisationError', { message: organisation.error.message })}
      </p>
    );
  }
  const data = organisation.data;
  return (
    <>
      <LinkSection heading={t('details.parents')} links={data?.parents ?? []} onSelect={onSelect} />
      <LinkSection heading={t('details.children')} links={data?.children ?? []} onSelect={onSelect} />
    </>
  );
}

function LinkSection({ heading, links, onSelect }: { heading: string; links: OrganisationLink[]; onSelect: (id: string) => void }) {
  const sorted = [...links].sort(
    (a, b) => collator.compare(tVocab('relation', a.relation), tVocab('relation', b.relation)) || collator.compare(a.organisation.name, b.organisation.name),
  );
  return (
    <section className="details__section">
      <h3>{heading}</h3>
      {sorted.length === 0 ? (
        <p className="muted">{t('details.noLinks')}</p>
      ) : (
        <ul className="link-list">
          {sorted.map((link, i) => (
            <li key={`${link.relation}:${link.organisation.id}`}>
              {sorted[i - 1]?.relation !== link.relation && <span className="link-list__relation">{tVocab('relation', link.relation)}</span>}
              <button type="button" className="link-button" onClick={() => onSelect(link.organisation.id)}>
                <Swatch colour={sectorColour(link.organisation.sector)} /> {link.organisation.name}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function PropertyList({ properties }: { properties: Record<string, unknown> }) {
  const entries = propertyEntries(properties);
  if (entries.length === 0) return <p className="muted">{t('details.noProperties')}</p>;
  return (
    <dl className="details__properties">
      {entries.map(([key, value]) => (
        <div key={key} className="details__property">
          <dt>{propertyName(key)}</dt>
          <dd>
            <PropertyValue name={key} value={value} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

function PropertyValue({ name, value }: { name: string; value: unknown }) {
  if (typeof value === 'string') {
    if (name === 'website' && /^https?:\/\//.test(value))
      return (
        <a href={value} target="_blank" rel="noreferrer">
          {value}
        </a>
      );
    if (name === 'email') return <a href={`mailto:${value}`}>{value}</a>;
    if (name === 'phone') return <a href={`tel:${value.replace(/\s+/g, '')}`}>{value}</a>;
    if (name === 'id') return <code>{value}</code>;
  }
  return <>{formatProperty(value)}</>;
}
