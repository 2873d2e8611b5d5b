import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { ChangeEvent } from '../api/get-history';
import type { NodeEdit } from '../api/node-edit';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { errorInWords } from '../api/error-in-words';
import { restoreVersion } from '../api/restore-version';
import { te } from '../i18n';
import { useHistory } from '../hooks/use-history';
import { formatTime } from '../lib/format-time';
import { tVocab } from '../../../i18n';
import { th } from '../i18n/history-texts';
import { ChangeLines, operationName, useActorName } from './history-list';

interface Props {
  entityId: string;
  /** The version stored now; null when the entity is deleted. */
  currentVersion: number | null;
  revision: number;
  onRestored: (edit: NodeEdit, restoredVersion: number) => void;
  /** A restore met a newer version: read the entity again. */
  onStale: () => void;
}

/**
 * One row of the history: a version the entity had (the state after an entry, or before the
 * oldest one), or the edit of one of its links (`link`), which is told but not restored here.
 */
interface VersionRow {
  key: string;
  version: number | null;
  event: ChangeEvent;
  before: boolean;
  link: boolean;
}

function versionRows(history: ChangeEvent[], entityId: string): VersionRow[] {
  const rows: VersionRow[] = history.map((event) => ({
    key: event.id,
    version: event.entityId === entityId ? (event.after?.props?.version ?? event.before?.props?.version ?? null) : null,
    event,
    before: false,
    link: event.entityId !== entityId,
  }));
  const oldest = history.filter((e) => e.entityId === entityId).at(-1);
  // Seeded and imported data have no entry of their own; the first change's `before` is that version.
  if (oldest?.before && oldest.operation !== 'CREATE') {
    rows.push({ key: `${oldest.id}:before`, version: oldest.before.props?.version ?? null, event: oldest, before: true, link: false });
  }
  return rows;
}

/** The entity's versions, newest first, each in words, with "Gendan denne version". */
export function EntityHistory({ entityId, currentVersion, revision, onRestored, onStale }: Props) {
  const history = useHistory(entityId, revision);
  const actorName = useActorName();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Restore writes: it is asked first, in a dialog (#16 item 8).
  const [asking, setAsking] = useState<VersionRow | null>(null);

  const restore = async (row: VersionRow) => {
    setAsking(null);
    setBusy(row.key);
    setError(null);
    try {
      const edit = await restoreVersion(row.event.id, currentVersion, row.before);
      onRestored(edit, row.version ?? 0);
    } catch (err) {
      setError(te('history.restoreError', { message: errorInWords(err) }));
      if (err instanceof GraphQLRequestError && err.code === 'CONFLICT') onStale();
    } finally {
      setBusy(null);
    }
  };

  let body: ReactNode;
  if (history.status === 'loading' || history.status === 'idle')
    body = (
      <p className="muted" role="status">
        {te('history.loading')}
      </p>
    );
  else if (history.status === 'error') body = <p className="notice notice--error">{te('history.error', { message: history.error.message })}</p>;
  else if (!history.data.length) body = <p className="muted">{te('history.empty')}</p>;
  else {
    const rows = versionRows(history.data, entityId);
    body = (
      <ol className="history" data-testid="history-list">
        {rows.map((row) => {
          if (row.link) {
            return (
              <li key={row.key} className="history__entry history__entry--link" data-operation={row.event.operation} data-link={row.event.entityId}>
                <p className="history__title">
                  {th('link.entry', { operation: operationName(row.event.operation), relation: tVocab('relation', row.event.entityLabel) })}
                </p>
                <p className="history__meta">
                  {te('history.by', { operation: operationName(row.event.operation), actor: actorName(row.event.actor) })} · {formatTime(row.event.at)}
                </p>
                <ChangeLines event={row.event} />
              </li>
            );
          }
          const deleted = !row.before && row.event.operation === 'DELETE';
          const isCurrent = !deleted && row.version !== null && row.version === currentVersion;
          return (
            <li
              key={row.key}
              className={`history__entry${isCurrent ? ' history__entry--current' : ''}`}
              data-version={row.version ?? ''}
              data-operation={row.before ? 'ORIGINAL' : row.event.operation}
            >
              <p className="history__title">
                {row.before
                  ? te('history.original', { version: row.version ?? '?' })
                  : deleted
                    ? te('history.deletedVersion', { version: row.version ?? '?' })
                    : te('history.version', { version: row.version ?? '?' })}
                {isCurrent && <span className="badge">{te('history.current')}</span>}
              </p>
              {!row.before && (
                <>
                  <p className="history__meta">
                    {te('history.by', { operation: operationName(row.event.operation), actor: actorName(row.event.actor) })} · {formatTime(row.event.at)}
                  </p>
                  <ChangeLines event={row.event} />
                </>
              )}
              {!isCurrent && (deleted ? currentVersion === null : true) && (
                <button type="button" className="text-button history__restore" disabled={busy !== null} aria-haspopup="dialog" onClick={() => setAsking(row)}>
                  {busy === row.key ? te('history.restoring') : te('history.restore')}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <section className="history-panel" aria-labelledby="history-heading" data-testid="history">
      <h2 id="history-heading">{te('history.heading')}</h2>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {body}
      {asking && <ConfirmRestore row={asking} currentVersion={currentVersion} onConfirm={() => void restore(asking)} onCancel={() => setAsking(null)} />}
    </section>
  );
}

/**
 * "Gendan version 3?" as a modal dialog: Escape or Annullér cancels, and the focus starts on
 * Annullér, so a stray Enter does not write; the browser returns it to the restore button.
 */
function ConfirmRestore({
  row,
  currentVersion,
  onConfirm,
  onCancel,
}: {
  row: VersionRow;
  currentVersion: number | null;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    cancel.current?.focus();
    return () => dialog?.close();
  }, []);
  const version = row.version ?? '?';
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="restore-confirm-title"
      aria-describedby="restore-confirm-body"
      data-testid="restore-confirm"
      onClose={onCancel}
    >
      <h3 id="restore-confirm-title">{th('confirm.title', { version })}</h3>
      <p id="restore-confirm-body">
        {currentVersion === null ? th('confirm.bodyDeleted', { version }) : th('confirm.body', { version, current: currentVersion })}
      </p>
      {!row.before && (
        <>
          <p>{th('confirm.changes')}</p>
          <ChangeLines event={row.event} />
        </>
      )}
      <div className="confirm-dialog__buttons">
        <button type="button" className="text-button text-button--primary" onClick={onConfirm}>
          {th('confirm.yes', { version })}
        </button>
        <button ref={cancel} type="button" className="text-button" onClick={() => ref.current?.close()}>
          {th('confirm.no')}
        </button>
      </div>
    </dialog>
  );
}
