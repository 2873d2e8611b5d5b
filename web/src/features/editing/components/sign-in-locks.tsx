import { useState } from 'react';
import { useAsync } from '../../../lib/use-async';
import { errorInWords } from '../api/error-in-words';
import { liftSignInLock, listSignInLocks, type SignInLock } from '../api/sign-in-locks';
import { te } from '../i18n';
import { formatTime } from '../lib/format-time';

/** Clients that must wait after failed sign-ins, for admins to see and lift (each lift is audited). */
export function SignInLocks() {
  const locks = useAsync('sign-in-locks', listSignInLocks);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function lift(lock: SignInLock) {
    setError(null);
    try {
      await liftSignInLock(lock.id);
      setNotice(te('locks.lifted', { client: lock.client }));
    } catch (err) {
      setError(errorInWords(err));
    }
    locks.reload();
  }

  return (
    <section className="users__locks" aria-labelledby="locks-heading" data-testid="sign-in-locks">
      <h4 id="locks-heading">{te('locks.heading')}</h4>
      <p className="muted">{te('locks.intro')}</p>
      {notice && (
        <p className="notice" role="status" data-testid="locks-notice">
          {notice}
        </p>
      )}
      {error && (
        <p className="notice notice--error" role="alert">
          {error}
        </p>
      )}
      {locks.status === 'loading' && <p role="status">{te('locks.loading')}</p>}
      {locks.status === 'error' && (
        <p className="notice notice--error" role="alert">
          {errorInWords(locks.error)}
        </p>
      )}
      {locks.status === 'success' &&
        (locks.data.length === 0 ? (
          <p>{te('locks.none')}</p>
        ) : (
          <table className="users__table" data-testid="locks-table">
            <thead>
              <tr>
                <th scope="col">{te('locks.account')}</th>
                <th scope="col">{te('locks.client')}</th>
                <th scope="col">{te('locks.failures')}</th>
                <th scope="col">{te('locks.until')}</th>
                <th scope="col">{te('users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {locks.data.map((l) => (
                <tr key={l.id} data-client={l.client}>
                  <td>{l.email ?? te('locks.everyAccount')}</td>
                  <td>{l.client}</td>
                  <td>{l.failures}</td>
                  <td>{formatTime(l.lockedUntil)}</td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      aria-label={te('locks.liftFor', { client: l.client, account: l.email ?? te('locks.everyAccount') })}
                      onClick={() => void lift(l)}
                    >
                      {te('locks.lift')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      <div className="actions">
        <button
          type="button"
          className="link-button"
          onClick={() => {
            setNotice(null);
            locks.reload();
          }}
        >
          {te('locks.refresh')}
        </button>
      </div>
    </section>
  );
}
