import type { ChangeEvent } from '../api/get-history';
import { te, type EditingKey } from '../i18n';
import { da } from '../i18n/da';
import { useHistory } from '../hooks/use-history';
import { useSession } from '../../../lib/session/use-session';
import { describeChange } from '../lib/describe-change';
import { formatTime } from '../lib/format-time';

/** Who: "dig" for the signed-in user, otherwise the user id the audit trail keeps. */
export function useActorName(): (actor: string) => string {
  const session = useSession();
  const me = session.status === 'signed-in' ? session.user.id : null;
  return (actor) => (actor === me ? te('history.you') : te('history.someone', { id: actor.replace(/^user:/, '').slice(0, 8) }));
}

/** "Ændret", "Gendannet" …; an operation this build does not know by its code. */
export const operationName = (op: string): string => (`op.${op}` in da ? te(`op.${op}` as EditingKey) : op);

export function ChangeLines({ event }: { event: ChangeEvent }) {
  const lines = describeChange(event);
  if (!lines.length) return <p className="muted history__diff">{te('history.noDiff')}</p>;
  return (
    <ul className="history__diff">
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}

/** A relationship's audit trail, newest first (relationships are re-linked, not restored). */
export function HistoryList({ entityId }: { entityId: string }) {
  const history = useHistory(entityId);
  const actorName = useActorName();
  if (history.status === 'loading' || history.status === 'idle')
    return (
      <p className="muted" role="status">
        {te('history.loading')}
      </p>
    );
  if (history.status === 'error') return <p className="notice notice--error">{te('history.error', { message: history.error.message })}</p>;
  if (!history.data.length) return <p className="muted">{te('history.empty')}</p>;
  return (
    <ol className="history history--compact">
      {history.data.map((event) => (
        <li key={event.id} className="history__entry">
          <p className="history__meta">
            <strong>{operationName(event.operation)}</strong> · {formatTime(event.at)} · {actorName(event.actor)}
          </p>
          <ChangeLines event={event} />
        </li>
      ))}
    </ol>
  );
}
