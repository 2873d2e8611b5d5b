import { useEffect, useState } from 'react';
import { getSignInOptions } from '../api/get-sign-in-options';
import { te, type EditingKey } from '../i18n';

const OUTCOMES = ['expired', 'cancelled', 'failed', 'refused', 'taken', 'unlinked', 'unavailable'] as const;

/**
 * "Log ind med organisationens konto" when the server has an identity provider: a plain link,
 * since the sign-in is a round trip of full-page redirects through the provider. Coming back
 * refused or failed (`?login=…`), it says why.
 */
export function OrganisationSignIn() {
  const [available, setAvailable] = useState(false);
  const outcome = new URLSearchParams(window.location.search).get('login');
  useEffect(() => {
    let live = true;
    getSignInOptions()
      .then((o) => live && setAvailable(o.organisation))
      .catch(() => live && setAvailable(false));
    return () => {
      live = false;
    };
  }, []);
  const known = OUTCOMES.find((o) => o === outcome);
  if (!available && !known) return null;
  const returnTo = `${window.location.pathname}`;
  return (
    <div className="organisation-sign-in" data-testid="organisation-sign-in">
      {known && (
        <p className="notice notice--error" role="alert" data-testid="organisation-sign-in-outcome" data-outcome={known}>
          {te(`signIn.organisation.${known}` as EditingKey)}
        </p>
      )}
      {available && (
        <>
          <p>
            <a className="primary-button" href={`/auth/oidc/login?return=${encodeURIComponent(returnTo)}`}>
              {te('signIn.organisation')}
            </a>
          </p>
          <p className="muted">{te('signIn.organisation.or')}</p>
        </>
      )}
    </div>
  );
}
