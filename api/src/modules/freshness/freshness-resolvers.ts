import type { RequestContext } from '../../context.js';
import { ageInDays, confirmationOf, confirmEntry, type Confirmation } from './freshness.js';

const view = (c: Confirmation | null) => ({
  confirmedAt: c?.confirmedAt ?? null,
  confirmedBy: c?.confirmedBy ?? null,
  ageDays: ageInDays(c?.confirmedAt ?? c?.createdAt ?? null),
});

export const freshnessResolvers = {
  ContactCard: {
    confirmation: async (card: { id: string }, _: unknown, ctx: RequestContext) => view(await confirmationOf(ctx, card.id)),
  },
  ContactChannel: {
    confirmation: async (ch: { id: string }, _: unknown, ctx: RequestContext) => view(await confirmationOf(ctx, ch.id)),
  },
  Mutation: {
    confirmEntry: async (_: unknown, a: { id: string }, ctx: RequestContext) => view(await confirmEntry(ctx, a.id)),
  },
};
