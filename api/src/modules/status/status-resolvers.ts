import type { RequestContext } from '../../context.js';
import { todayInDenmark } from '../core/dates.js';
import { badInput } from '../../errors.js';
import type { Language } from '../core/language.js';
import {
  changeSentence,
  changesExplanation,
  checkDate,
  readStatusMatrix,
  statusWords,
  summary,
  type StatusChange,
  type StatusMatrix,
} from './status-reader.js';
import { readCellReports } from './status-history.js';
import { reportStatus, type StatusReportInput } from './status-reporter.js';

type LangArgs = { lang?: Language | null };
/** A level's colour word in the language the field is asked in (the reading keeps the Danish one: vejviser, gap rules). */
const colourIn = (x: { level: string }, args: LangArgs) => statusWords(args.lang).levelColour(x.level);

export const statusResolvers = {
  Query: {
    statusMatrix: (
      _: unknown,
      args: { agreementId: string; asOf?: string | null; clusterId?: string | null; changesSince?: string | null },
      ctx: RequestContext,
    ) => readStatusMatrix(ctx.db, ctx.queries, { ...args, asOf: args.asOf ?? todayInDenmark() }),
    statusChanges: async (_: unknown, args: { agreementId: string; from: string; to?: string | null; clusterId?: string | null }, ctx: RequestContext) => {
      const to = args.to ?? todayInDenmark();
      checkDate('from', args.from);
      if (args.from > checkDate('to', to))
        throw badInput({ en: 'from must not be after to.', da: 'from må ikke ligge efter to.' }, [
          { field: 'from', message: 'after to', da: 'ligger efter to' },
        ]);
      const m = await readStatusMatrix(ctx.db, ctx.queries, { agreementId: args.agreementId, asOf: to, clusterId: args.clusterId, changesSince: args.from });
      return { from: args.from, to, changes: m.changes };
    },
    statusReports: async (_: unknown, args: { organisationId: string; elementId: string; asOf?: string | null }, ctx: RequestContext) => {
      const r = await readCellReports(ctx.db, ctx.queries, { ...args, asOf: args.asOf ?? todayInDenmark() });
      return { ...r, entries: r.reports.map(({ inForce, afterDate, ...report }) => ({ report, inForce, afterDate })) };
    },
  },
  // The generated sentences, in the language the field is asked in (status-words*.ts).
  StatusMatrix: {
    summary: (m: StatusMatrix, args: { lang?: Language | null }) =>
      summary(
        m.rows.flatMap((r) => r.cells),
        m.asOf,
        args.lang ?? 'DA',
      ),
  },
  StatusChanges: {
    explanation: (c: { from: string; to: string; changes: StatusChange[] }, args: { lang?: Language | null }) =>
      changesExplanation(c.changes, c.from, c.to, args.lang ?? 'DA'),
  },
  StatusChange: {
    sentence: (c: StatusChange, args: { lang?: Language | null }) => changeSentence(c, args.lang ?? 'DA'),
  },
  // The vocabulary of the screen: colour words and the legend's meanings.
  StatusLegendEntry: {
    colour: colourIn,
    label: (e: { level: string }, args: LangArgs) => statusWords(args.lang).levelLabel(e.level),
  },
  StatusCell: { colour: colourIn },
  StatusReport: { colour: colourIn },
  Mutation: {
    reportStatus: (_: unknown, args: StatusReportInput, ctx: RequestContext) => reportStatus(ctx, args),
  },
};
