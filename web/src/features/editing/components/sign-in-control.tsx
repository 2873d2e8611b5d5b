import { useState } from 'react';
import { Link } from 'wouter';
import { te, type EditingKey } from '../i18n';
import { useSession } from '../../../lib/session/use-session';
import { signOut } from '../../../lib/session/session-store';
import './sign-in-control.css';

/** The header's sign-in state: who is signed in, with which role, and a way out (or in). */
export function SignInControl() {
  const session = useSession();
  const [busy, setBusy] = useState(false);
  if (session.status === 'loading' || session.status === 'error') return <div className="session" aria-hidden="true" />;
  if (session.status === 'anonymous') {
    return (
      <div className="session">
        <Link href="/rediger" className="session__button">
          {te('session.signIn')}
        </Link>
      </div>
    );
  }
  const { user } = session;
  const role = te(`role.${user.role}` as EditingKey);
  return (
    <div className="session" data-testid="session" data-role={user.role}>
      <span className="session__user" title={user.email}>
        <span className="session__name">{user.name}</span> <span className="session__role">({role})</span>
      </span>
      <button
        type="button"
        className="session__button"
        disabled={busy}
        onClick={() => {
          setBusy(true);
          void signOut().finally(() => setBusy(false));
        }}
      >
        {busy ? te('session.signingOut') : te('session.signOut')}
      </button>
    </div>
  );
}
