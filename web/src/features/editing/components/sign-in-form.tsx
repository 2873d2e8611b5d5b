import { useState, type FormEvent } from 'react';
import { GraphQLRequestError } from '../../../lib/graphql-client';
import { te } from '../i18n';
import { signIn } from '../../../lib/session/session-store';
import { OrganisationSignIn } from './organisation-sign-in';

function signInError(err: unknown): string {
  if (err instanceof GraphQLRequestError) {
    if (err.code === 'UNAUTHENTICATED' || err.code === 'BAD_USER_INPUT') return te('signIn.wrong');
    const wait = Number(err.extensions.retryAfterSeconds);
    if (err.code === 'FORBIDDEN' && wait >= 90) return te('signIn.throttledMinutes', { minutes: Math.ceil(wait / 60) });
    if (err.code === 'FORBIDDEN' && wait > 0) return te('signIn.throttled', { seconds: wait });
  }
  return te('signIn.failed', { message: err instanceof Error ? err.message : String(err) });
}

/** E-mail and password; the session lives in an HttpOnly cookie the page never sees. */
export function SignInForm() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(te('signIn.missing'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await signIn(email.trim(), password);
    } catch (err) {
      setError(signInError(err));
      setPassword('');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="sign-in card" onSubmit={submit} noValidate aria-labelledby="sign-in-heading" data-testid="sign-in-form">
      <h2 id="sign-in-heading">{te('signIn.heading')}</h2>
      <p className="muted">{te('signIn.intro')}</p>
      <OrganisationSignIn />
      {error && (
        <p className="notice notice--error" role="alert" id="sign-in-error">
          {error}
        </p>
      )}
      <label className="field">
        <span className="field__label">{te('signIn.email')}</span>
        <input
          className="field__input"
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={error ? 'sign-in-error' : undefined}
          required
        />
      </label>
      <label className="field">
        <span className="field__label">{te('signIn.password')}</span>
        <input
          className="field__input"
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <div className="actions">
        <button type="submit" className="primary-button" disabled={busy}>
          {busy ? te('signIn.busy') : te('signIn.submit')}
        </button>
      </div>
    </form>
  );
}
