import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test provider knows; the dev login form takes the key as "login", any password. */
export interface TestIdpAccount {
  email: string;
  email_verified?: boolean;
  name: string;
  groups?: string[];
}

export interface TestIdp {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID provider (the `oidc-provider` package, certified) on loopback for the tests:
 * discovery, the authorization endpoint with its own login and consent pages, PKCE, signed ID
 * tokens, the token and userinfo endpoints. The ID token carries only `sub` (the package's
 * default), so the app has to read e-mail, name and groups from userinfo, as with many real
 * providers. Nothing is mocked: the app talks HTTP to it as it would to the region's provider.
 */
export async function startTestIdp(redirectUri: string, accounts: Record<string, TestIdpAccount>): Promise<TestIdp> {
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'haenderne-test';
  const clientSecret = 'haenderne-test-secret-0123456789abcdef';
  const provider = new Provider(issuer, {
    clients: [
      { client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], response_types: ['code'], grant_types: ['authorization_code'] },
    ],
    async findAccount(_ctx, id) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'], groups: ['groups'] },
    scopes: ['openid', 'email', 'profile', 'groups'],
    pkce: { required: () => true },
    cookies: { keys: ['test-idp-cookie-key'] },
    features: { devInteractions: { enabled: true } },
  });
  // The package warns about its development defaults (keys, interactions); expected here.
  provider.on('server_error', (_ctx: unknown, err: Error) => console.error('test IdP server error', err));
  server.on('request', provider.callback());
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
