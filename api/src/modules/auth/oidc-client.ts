import * as client from 'openid-client';
import type { OidcClaims, OidcOptions } from './oidc-options.js';

/** What the browser keeps between leaving for the provider and coming back (see oidc-routes.ts). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  returnTo: string;
}

/**
 * openid-client for one provider: discovery on first use (and again after a failure, so a
 * provider that was down at start does not need a restart), the authorization code flow with
 * PKCE (S256), state and nonce, and the claims of the ID token with the userinfo endpoint's
 * for any the token lacks.
 */
export class OidcClient {
  private config: Promise<client.Configuration> | null = null;

  constructor(private readonly o: OidcOptions) {}

  private configuration(): Promise<client.Configuration> {
    this.config ??= client
      .discovery(
        new URL(this.o.issuer),
        this.o.clientId,
        undefined,
        this.o.clientSecret ? client.ClientSecretBasic(this.o.clientSecret) : client.None(),
        // config.ts allows plain HTTP only for a provider on loopback (the tests').
        new URL(this.o.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        this.config = null;
        throw err;
      });
    return this.config;
  }

  async start(returnTo: string): Promise<{ url: URL; pending: PendingSignIn }> {
    const config = await this.configuration();
    const pending = { state: client.randomState(), nonce: client.randomNonce(), verifier: client.randomPKCECodeVerifier(), returnTo };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.o.redirectUri,
      scope: this.o.scopes,
      response_type: 'code',
      code_challenge: await client.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url, pending };
  }

  /** Exchanges the code; throws when state, nonce, PKCE, issuer, audience or signature do not hold. */
  async finish(callbackSearch: string, pending: PendingSignIn): Promise<OidcClaims> {
    const config = await this.configuration();
    // The URL the provider redirected to, as registered: the proxy in front may have changed host and scheme.
    const current = new URL(this.o.redirectUri);
    current.search = callbackSearch;
    const tokens = await client.authorizationCodeGrant(config, current, {
      pkceCodeVerifier: pending.verifier,
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      idTokenExpected: true,
    });
    const claims: OidcClaims = { ...tokens.claims()! };
    const wanted = [this.o.emailClaim, 'name', ...(this.o.roleClaim ? [this.o.roleClaim] : [])];
    if (wanted.some((c) => claims[c] === undefined)) {
      const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      for (const [k, v] of Object.entries(info)) if (claims[k] === undefined) claims[k] = v;
    }
    return claims;
  }
}
