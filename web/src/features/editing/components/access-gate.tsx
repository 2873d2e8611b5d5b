import type { ReactNode } from 'react';
import type { User } from '../../../lib/session/get-me';
import { te, type EditingKey } from '../i18n';
import { useSession } from '../../../lib/session/use-session';
import { refreshSession } from '../../../lib/session/session-store';
import { SignInForm } from './sign-in-form';

/**
 * Editing screens for editors only: anonymous visitors get the sign-in form, viewers are told
 * plainly that they may not edit. (The API refuses them too; this only says so first.)
 */
export function AccessGate({ children }: { children: (user: User) => ReactNode }) {
  const session = useSession();
  switch (session.status) {
    case 'loading':
      return (
        <p className="muted" role="status">
          {te('access.loading')}
        </p>
      );
    case 'error':
      return (
        <div className="notice notice--error" role="alert">
          <p>{te('access.error', { message: session.error.message })}</p>
          <button type="button" className="text-button" onClick={() => void refreshSession()}>
            {te('access.retry')}
          </button>
        </div>
      );
    case 'anonymous':
      return <SignInForm />;
    case 'signed-in':
      if (session.user.role === 'VIEWER') {
        return (
          <div className="card" role="alert" data-testid="no-permission">
            <h2>{te('access.viewerHeading')}</h2>
            <p>{te('access.viewerText', { name: session.user.name, role: te(`role.${session.user.role}` as EditingKey) })}</p>
          </div>
        );
      }
      return <>{children(session.user)}</>;
  }
}
