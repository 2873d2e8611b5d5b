import { randomUUID } from 'node:crypto';
import { stringify } from 'csv-stringify/sync';
import { CSV_CELLS } from '../core/csv-cells.js';
import type { RequestContext } from '../../context.js';
import { requireRole } from '../../auth/viewer.js';
import { badInput } from '../../errors.js';
import { recordChange } from '../core/audit.js';
import { readAccessLog, type AccessLogFilter } from './access-log-store.js';
import { notePersonalData, notePersonShown } from '../core/access-notes.js';
import { canSeePersonalData } from '../core/privacy.js';

type Shown = { id: string; label?: string; name?: string | null; email?: string | null; phone?: string | null };

/** A field of a person that is in the answer when it is not null (the readers already hid it from visitors). */
const noted = (field: 'name' | 'email' | 'phone') => (p: Shown, _: unknown, ctx: RequestContext) => {
  const value = p[field] ?? null;
  if (value !== null) notePersonalData(ctx, p.id, field);
  return value;
};

type ChangeState = { label?: string; props?: Record<string, unknown> } | null | undefined;

/** A change's state of a person in the answer: every personal field it holds is noted. */
const stateNoted = (side: 'before' | 'after') => (change: { entityId: string; before?: ChangeState; after?: ChangeState }, _: unknown, ctx: RequestContext) => {
  const state = change[side];
  if (state?.label === 'Person' && state.props) notePersonShown(ctx, change.entityId, state.props);
  return state ?? null;
};

const MAX_CSV = 100_000;
const ISO = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

function checked(filter: AccessLogFilter | null | undefined): AccessLogFilter {
  const f = filter ?? {};
  for (const key of ['from', 'to'] as const) {
    if (f[key] && !ISO.test(f[key]!))
      throw badInput({ en: `${key} must be an ISO date or time.`, da: `${key} skal være en ISO-dato eller et ISO-tidspunkt.` }, [
        { field: `filter.${key}`, message: 'must be an ISO date or time' },
      ]);
  }
  return f;
}

export const accessLogResolvers = {
  // Fixed-contact cards (findContact, vejviser) carry people outside the Person type.
  ContactPerson: { name: noted('name'), email: noted('email'), phone: noted('phone') },
  // A person named in a path, an interface or a finding: the name is the title for visitors.
  NodeRef: {
    name: (r: Shown, _: unknown, ctx: RequestContext) => {
      if (r.label === 'Person' && canSeePersonalData(ctx)) notePersonalData(ctx, r.id, 'name');
      return r.name;
    },
  },
  // A person's history holds its states, name, e-mail and phone included (history needs sign-in).
  ChangeEvent: { before: stateNoted('before'), after: stateNoted('after') },
  Query: {
    accessLog: (_: unknown, a: { filter?: AccessLogFilter | null; first?: number | null }, ctx: RequestContext) => {
      requireRole(ctx.viewer, 'ADMIN');
      const first = a.first ?? 100;
      if (first < 1 || first > 1000)
        throw badInput({ en: 'first must be between 1 and 1000.', da: 'first skal være mellem 1 og 1000.' }, [
          { field: 'first', message: 'must be between 1 and 1000' },
        ]);
      return readAccessLog(ctx.db, ctx.queries, checked(a.filter), first);
    },
    accessLogCsv: async (_: unknown, a: { filter?: AccessLogFilter | null }, ctx: RequestContext) => {
      const admin = requireRole(ctx.viewer, 'ADMIN');
      const entries = await readAccessLog(ctx.db, ctx.queries, checked(a.filter), MAX_CSV);
      // The log names who read whom: taking it out is itself an export. One auto-committed
      // statement: an entry changes no answer, so it must not move the response cache's epoch.
      await recordChange(ctx.db, ctx.queries, {
        actor: admin.id,
        operation: 'EXPORT',
        entityId: `export:${randomUUID()}`,
        entityLabel: 'Export',
        before: null,
        after: { format: 'csv', label: 'access-log', entries: entries.length },
      });
      const columns = ['at', 'kind', 'actorId', 'actorEmail', 'what', 'fields', 'personIds'];
      return (
        '\uFEFF' +
        stringify(
          entries.map((e) => [e.at, e.kind, e.actorId, e.actorEmail ?? '', e.what, e.fields.join('; '), e.personIds.join('; ')]),
          { header: true, columns, ...CSV_CELLS },
        )
      );
    },
  },
};
