import { useState } from 'react';
import { Link } from 'wouter';
import { tVocab } from '../../../i18n';
import type { Entity, EntityLink } from '../api/get-entity';
import { errorInWords } from '../api/error-in-words';
import { unlink } from '../api/unlink';
import { te } from '../i18n';
import { LINK_FIELDS } from '../lib/field-specs';
import { linkSummary } from '../lib/link-summary';
import { entityHref } from '../lib/paths';
import { AddLinkForm } from './add-link-form';
import { HistoryList } from './history-list';
import { LinkEditor } from './link-editor';

interface Props {
  entity: Entity;
  onChanged: (message: string) => void;
}

const relationText = (link: EntityLink) =>
  link.direction === 'out' ? te('links.out', { relation: tVocab('relation', link.type) }) : te('links.in', { relation: tVocab('relation', link.type) });

/** The entity's relationships: each can be edited, removed and its history read; new ones added. */
export function EntityLinks({ entity, onChanged }: Props) {
  const [adding, setAdding] = useState(false);
  const links = [...entity.links].sort(
    (a, b) => a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction) || a.other.name.localeCompare(b.other.name, 'da'),
  );
  return (
    <section className="links" aria-labelledby="links-heading" data-testid="links">
      <div className="section-head">
        <h2 id="links-heading">{te('links.heading')}</h2>
        <span className="muted">{te('links.count', { count: links.length })}</span>
      </div>
      {links.length === 0 && <p className="muted">{te('links.none')}</p>}
      {links.length > 0 && (
        <ul className="links__list">
          {links.map((link) => (
            <LinkRow key={link.id} link={link} onChanged={onChanged} />
          ))}
        </ul>
      )}
      {adding ? (
        <AddLinkForm
          entityId={entity.node.id}
          label={entity.node.label}
          onCancel={() => setAdding(false)}
          onCreated={() => {
            setAdding(false);
            onChanged(te('links.added'));
          }}
        />
      ) : (
        <button type="button" className="text-button" onClick={() => setAdding(true)}>
          + {te('links.add')}
        </button>
      )}
    </section>
  );
}

function LinkRow({ link, onChanged }: { link: EntityLink; onChanged: (message: string) => void }) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm' | 'history'>('view');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // A status report is never edited in place (the API refuses): a new one is added in Status.
  const hasFields = link.type !== 'STATUS' && LINK_FIELDS[link.type].length > 0;
  const summary = linkSummary(link);

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await unlink(link.id, link.version);
      onChanged(te('links.removed'));
    } catch (err) {
      setError(errorInWords(err));
      setBusy(false);
    }
  };

  return (
    <li className="links__item" data-link-id={link.id} data-type={link.type}>
      <div className="links__row">
        <span className="links__relation">{relationText(link)}</span>
        <Link href={entityHref(link.other.label, link.other.id)} className="links__other">
          {link.other.name}
        </Link>
        <span className="links__buttons">
          {hasFields && (
            <button type="button" className="link-button" onClick={() => setMode(mode === 'edit' ? 'view' : 'edit')} aria-expanded={mode === 'edit'}>
              {te('links.edit')}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => setMode(mode === 'history' ? 'view' : 'history')} aria-expanded={mode === 'history'}>
            {mode === 'history' ? te('links.hideHistory') : te('links.history')}
          </button>
          <button type="button" className="link-button link-button--danger" onClick={() => setMode('confirm')}>
            {te('links.remove')}
          </button>
        </span>
      </div>
      {summary && <p className="links__summary">{summary}</p>}
      {mode === 'edit' && (
        <LinkEditor
          key={`${link.id}@${link.version}`}
          link={link}
          onCancel={() => setMode('view')}
          onReload={() => onChanged('')}
          onSaved={() => {
            setMode('view');
            onChanged(te('links.updated'));
          }}
        />
      )}
      {mode === 'confirm' && (
        <div className="notice notice--warning confirm" role="alertdialog" aria-label={te('links.remove')}>
          <p>{te('links.removeConfirm', { relation: tVocab('relation', link.type), name: link.other.name })}</p>
          {error && <p className="field__error">{error}</p>}
          <div className="actions">
            <button type="button" className="danger-button" onClick={() => void remove()} disabled={busy}>
              {te('links.removeYes')}
            </button>
            <button type="button" className="text-button" onClick={() => setMode('view')} disabled={busy}>
              {te('form.cancel')}
            </button>
          </div>
        </div>
      )}
      {mode === 'history' && <HistoryList entityId={link.id} />}
    </li>
  );
}
