import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { clientGroup } from './auth/client-address.js';
import type { RequestContext } from './context.js';
import { DANISH_BY_CODE } from './errors.js';
import { requestCost } from './query-cost.js';

/**
 * A budget of work per client per minute, in query-cost.ts's units (rough milliseconds of the
 * API at national scale: a gap report 50, a search 2), spent only by answers that are computed.
 *
 * Why: query-cost.ts bounds one request, not a client. An outside probe repeated a 150-unit
 * request (three national gap reports) with a junk `Authorization` header or `Cache-Control:
 * no-cache`, or with new arguments each time, so that no answer came from the response cache:
 * each took ~0.1 s of the API's main thread, and one client in a loop held it for everyone.
 * Now one client (a signed-in user by account, anyone else by address, an IPv6 client by its
 * /64, as the sign-in throttle counts) gets `costPerMinute` units a rolling minute; past that
 * the answer is QUERY_BUDGET_SPENT, HTTP 429 with `Retry-After`, until the minute has passed.
 *
 * Answers from the response cache cost nothing: the cache answers a hit before execution, and
 * the budget wraps the executor the cache calls only on a miss (app.ts puts this plugin between
 * the compiled executor and the cache). So the many staff of one municipality behind one
 * address share a budget only for questions nobody asked this epoch. A token that names no
 * session (junk, expired) skips the cache (the cache decides by the token, before the session
 * is looked up) and is a visitor's request: it spends its address's budget. Kept in memory (rate-limiter-flexible's RateLimiterMemory): each API process
 * counts on its own, and a restart forgets.
 */
export interface QueryBudgetOptions {
  /** Units one client may spend in a minute; every request fits (query-cost.ts's most is 150). */
  costPerMinute: number;
}

export function queryBudget(options: QueryBudgetOptions): Plugin<RequestContext> {
  const limiter = new RateLimiterMemory({ points: options.costPerMinute, duration: 60 });
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const context = args.contextValue;
      const cost = requestCost(context);
      if (cost === 0) return;
      // A user's id (`user:…`) and an address never collide.
      const client = context.viewer ? context.viewer.id : `address:${clientGroup(context.clientAddress)}`;
      setExecuteFn(async (executeArgs) => {
        try {
          await limiter.consume(client, cost);
        } catch (refused) {
          if (refused instanceof RateLimiterRes) return { errors: [spent(refused, options.costPerMinute)] };
          throw refused;
        }
        return executeFn(executeArgs);
      });
    },
  };
}

function spent(res: RateLimiterRes, costPerMinute: number): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return new GraphQLError(`This client asked for more work than the ${costPerMinute} units a minute allows; ask again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: 'QUERY_BUDGET_SPENT',
      retryAfterSeconds,
      costPerMinute,
      da: `${DANISH_BY_CODE.QUERY_BUDGET_SPENT} (om ${retryAfterSeconds} s)`,
      http: { status: 429, headers: { 'Retry-After': String(retryAfterSeconds) } },
    },
  });
}
