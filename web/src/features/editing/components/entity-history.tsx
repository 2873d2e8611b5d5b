import { useState } from 'react';
import type { ChangeEvent } from '../api/get-history';
import type { NodeEdit } from '../api/node-edit';
import { EditingError, errorInWords } from '../api/request';
import { restoreVersion } from '../api/restore-version';
import { te } from '../i18n';
import { useHistory } from '../hooks/use-history';
import { formatTime } from '../lib/format-time';
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

/** One version the entity had: the state after an entry, or before the oldest one. */
interface VersionRow {
  key: string;
  version: number | null;
  event: ChangeEvent;
  before: boolean;
}

function versionRows(history: ChangeEvent[]): VersionRow[] {
  const rows: VersionRow[] = history.map((event) => ({
    key: event.id,
    version: event.after?.props?.version ?? event.before?.props?.version ?? null,
    event,
    before: false,
  }));
  const oldest = history.at(-1);
  // Seeded and imported data have no entry of their own; the first change's `before` is that version.
  if (oldest?.before && oldest.operation !== 'CREATE') {
    rows.push({ key: `${oldest.id}:before`, version: oldest.before.props?.version ?? null, event: oldest, before: true });
  }
  return rows;
}

/** The entity's versions, newest first, each in words, with "Gendan denne version". */
export function EntityHistory({ entityId, currentVersion, revision, onRestored, onStale }: Props) {
  const history = useHistory(entityId, revision);
  const actorName = useActorName();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const restore = async (row: VersionRow) => {
    setBusy(row.key);
    setError(null);
    try {
      const edit = await restoreVersion(row.event.id, currentVersion, row.before);
      onRestored(edit, row.version ?? 0);
    } catch (err) {
      setError(te('history.restoreError', { message: errorInWords(err) }));
      if (err instanceof EditingError && err.code === 'CONFLICT') onStale();
    } finally {
      setBusy(null);
    }
  };

  let body;
  if (history.status === 'loading' || history.status === 'idle') body = <p className="muted" role="status">{te('history.loading')}</p>;
  else if (history.status === 'error') body = <p className="notice notice--error">{te('history.error', { message: history.error.message })}</p>;
  else if (!history.data.length) body = <p className="muted">{te('history.empty')}</p>;
  else {
    const rows = versionRows(history.data);
    body = (
      <ol className="history" data-testid="history-list">
        {rows.map((row) => {
          const deleted = !row.before && row.event.operation === 'DELETE';
          const isCurrent = !deleted && row.version !== null && row.version === currentVersion;
          return (
            <li key={row.key} className={`history__entry${isCurrent ? ' history__entry--current' : ''}`} data-version={row.version ?? ''} data-operation={row.before ? 'ORIGINAL' : row.event.operation}>
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
                <button type="button" className="text-button history__restore" disabled={busy !== null} onClick={() => void restore(row)}>
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
    </section>
  );
}
