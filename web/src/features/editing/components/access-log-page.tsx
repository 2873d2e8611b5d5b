import { useState, type FormEvent } from 'react';
import { useAsync } from '../../../lib/use-async';
import { accessLogCsv, readAccessLog, type AccessLogFilter } from '../api/access-log';
import { errorInWords } from '../api/error-in-words';
import { te } from '../i18n';
import { useSession } from '../../../lib/session/use-session';

const time = (iso: string) => new Date(iso).toLocaleString('da-DK', { dateStyle: 'short', timeStyle: 'medium' });

/** The access log of personal data for administrators: who saw whose data or exported what, when; filter by person; CSV. */
export function AccessLogPage() {
  const session = useSession();
  const admin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const [filter, setFilter] = useState<AccessLogFilter>({});
  const [personId, setPersonId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries = useAsync(admin ? `access-log:${JSON.stringify(filter)}` : null, (signal) => readAccessLog(filter, signal));

  if (!admin)
    return (
      <p className="notice" role="status">
        {te('users.adminOnly')}
      </p>
    );

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter(personId.trim() ? { personId: personId.trim() } : {});
  }

  async function download() {
    setError(null);
    try {
      const csv = await accessLogCsv(filter);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = `adgangslog-${new Date().toISOString().slice(0, 10)}.csv`;
      a.click();
      URL.revokeObjectURL(url);
      entries.reload();
    } catch (err) {
      setError(errorInWords(err));
    }
  }

  return (
    <section className="users card" aria-labelledby="access-log-heading" data-testid="access-log-page">
      <h3 id="access-log-heading">{te('accessLog.heading')}</h3>
      <p className="muted">{te('accessLog.intro')}</p>
      <form className="actions" onSubmit={apply}>
        <label className="field">
          <span className="field__label">{te('accessLog.person')}</span>
          <input className="field__input" value={personId} onChange={(e) => setPersonId(e.target.value)} placeholder="person:p150" />
        </label>
        <button type="submit" className="primary-button">
          {te('accessLog.filter')}
        </button>
        <button type="button" className="text-button" onClick={() => void download()} data-testid="access-log-csv">
          {te('accessLog.csv')}
        </button>
      </form>
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {entries.status === 'loading' && <p role="status">{te('accessLog.loading')}</p>}
      {entries.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {errorInWords(entries.error)}
        </p>
      )}
      {entries.status === 'success' &&
        (entries.data.length === 0 ? (
          <p data-testid="access-log-empty">{te('accessLog.empty')}</p>
        ) : (
          <table className="users__table" data-testid="access-log-table">
            <thead>
              <tr>
                <th scope="col">{te('accessLog.at')}</th>
                <th scope="col">{te('accessLog.who')}</th>
                <th scope="col">{te('accessLog.kind')}</th>
                <th scope="col">{te('accessLog.what')}</th>
                <th scope="col">{te('accessLog.people')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.data.map((e) => (
                <tr key={e.id} data-kind={e.kind} data-actor={e.actorId}>
                  <td>{time(e.at)}</td>
                  <td>{e.actorEmail ?? e.actorId}</td>
                  <td>{te(e.kind === 'READ' ? 'accessLog.read' : 'accessLog.export')}</td>
                  <td>
                    {e.what}
                    {e.fields.length > 0 && ` (${e.fields.join(', ')})`}
                  </td>
                  <td title={e.personIds.join(', ')}>
                    {e.personIds.length > 3 ? `${e.personIds.slice(0, 3).join(', ')} … (${e.personIds.length})` : e.personIds.join(', ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </section>
  );
}
