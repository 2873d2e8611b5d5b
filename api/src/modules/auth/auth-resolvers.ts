import type { RequestContext } from '../../context.js';
import { coded } from '../../errors.js';
import { DUMMY_HASH, verifyPassword } from '../../auth/password.js';
import { SESSION_COOKIE } from '../../auth/session-token.js';
import { endSession, findUserByEmail, normaliseEmail, startSession } from './auth-store.js';
import { addUser, changeUser, listUsers, removeUser } from './user-admin.js';
import { auditLocks, liftSignInLock, listSignInLocks } from './sign-in-locks.js';

const WRONG = { en: 'Wrong e-mail or password.', da: 'Forkert e-mail eller adgangskode.' };

export const authResolvers = {
  Query: {
    me: (_: unknown, __: unknown, ctx: RequestContext) =>
      ctx.viewer && { id: ctx.viewer.id, email: ctx.viewer.email, name: ctx.viewer.name, role: ctx.viewer.role, scopeId: ctx.viewer.scopeId },
    users: (_: unknown, __: unknown, ctx: RequestContext) => listUsers(ctx),
    signInOptions: (_: unknown, __: unknown, ctx: RequestContext) => ({ organisation: ctx.settings.organisationSignIn, password: true }),
    signInLocks: (_: unknown, __: unknown, ctx: RequestContext) => listSignInLocks(ctx),
  },
  Mutation: {
    createUser: (_: unknown, a: { input: unknown }, ctx: RequestContext) => addUser(ctx, a.input),
    updateUser: (_: unknown, a: { id: string; version: number; input: unknown }, ctx: RequestContext) => changeUser(ctx, a.id, a.version, a.input),
    deleteUser: (_: unknown, a: { id: string; version: number }, ctx: RequestContext) => removeUser(ctx, a.id, a.version),
    liftSignInLock: (_: unknown, a: { id: string }, ctx: RequestContext) => liftSignInLock(ctx, a.id),
    signIn: async (_: unknown, args: { email: string; password: string }, ctx: RequestContext) => {
      if (args.email.length > 254 || args.password.length > 1024) throw coded('BAD_USER_INPUT', WRONG);
      // Failures count per account and client, and per client: see SignInThrottle.
      const { attempt, retryAfterSeconds: wait } = ctx.throttle.admit(normaliseEmail(args.email), ctx.clientAddress);
      if (!attempt) {
        throw coded(
          'FORBIDDEN',
          { en: `Too many attempts; try again in ${wait} s.`, da: `For mange forsøg; prøv igen om ${wait} sekunder.` },
          { retryAfterSeconds: wait },
        );
      }
      let user: Awaited<ReturnType<typeof findUserByEmail>>;
      let ok: boolean;
      try {
        user = await findUserByEmail(ctx.db, ctx.queries, args.email);
        // Verify against a dummy hash for unknown users so both answers take as long.
        ok = await verifyPassword(args.password, user?.passwordHash ?? DUMMY_HASH);
      } catch (err) {
        attempt.release();
        throw err;
      }
      if (!user || !ok) {
        await auditLocks(ctx, attempt.fail());
        throw coded('UNAUTHENTICATED', WRONG);
      }
      attempt.succeed();
      // Started only while the password is still the one just checked: a reset landing between
      // the check and here had left a session made with the old password (an outside probe).
      const session = await startSession(ctx.db, ctx.queries, user.id, ctx.settings.sessionHours, user.passwordHash ?? null);
      if (!session) throw coded('UNAUTHENTICATED', WRONG);
      await ctx.request.cookieStore?.set({
        name: SESSION_COOKIE,
        value: session.token,
        httpOnly: true,
        sameSite: 'lax',
        secure: ctx.settings.secureCookies,
        path: '/',
        expires: new Date(session.expiresAt).getTime(),
        domain: null,
      });
      const { passwordHash: _h, oidcSubject: _s, ...publicUser } = user;
      return { user: publicUser, token: session.token, expiresAt: session.expiresAt };
    },
    signOut: async (_: unknown, __: unknown, ctx: RequestContext) => {
      await ctx.request.cookieStore?.delete(SESSION_COOKIE);
      if (!ctx.viewer) return false;
      await endSession(ctx.db, ctx.queries, ctx.viewer.sessionId);
      return true;
    },
  },
};
