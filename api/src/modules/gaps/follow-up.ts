import DataLoader from 'dataloader';
import type { RequestContext } from '../../context.js';
import type { GraphDb } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { hasRole, requireRole } from '../../auth/viewer.js';
import { badInput, coded } from '../../errors.js';
import { todayInDenmark } from '../core/dates.js';
import { canSeePersonalData } from '../core/privacy.js';
import type { Language } from '../core/language.js';
import { recordChange } from '../core/audit.js';
import { assertInScope } from '../core/edit-scope.js';
import { createHash } from 'node:crypto';
import { findingFingerprint, findingKey } from './finding-key.js';
import {
  FOLLOW_UP_LIMITS,
  type FollowUpState,
  followUpStateIssue,
  hasControlCharacters,
  parseFollowUpKey,
  type StoredFollowUp,
} from '../../domain/follow-up.js';
import { checkDay } from '../core/dates.js';
import { findGaps } from './gaps-reader.js';
import type { GapFinding } from '../core/gap-finder/rule.js';
import { GAP_RULES } from './rules/index.js';
import { FOLLOW_UP_WORDS_DA, type ChangeFacts } from './follow-up-wording.js';
import { FOLLOW_UP_WORDS_EN } from './follow-up-wording-en.js';

/**
 * Following up a gap finding: a signed-in editor acknowledges it (seen, handled for now) or
 * assigns it (to whom, by when, with a note). The follow-up is stored in the graph as one
 * GapAcknowledgement node per finding key (no Entity label: it is not on the map), with the
 * fingerprint of the finding's evidence at that moment; every write is audited. When the
 * evidence changes the follow-up no longer holds and the finding shows as open again
 * (status CHANGED), saying what changed. Conflict-safe: writers take the subject's lock and
 * send back the version they read. The record itself (shape, limits, key, state rule) is
 * api/src/domain/follow-up.ts, which an import checks against too.
 */

export type { FollowUpState, StoredFollowUp };
export type FindingStatus = 'OPEN' | 'ACKNOWLEDGED' | 'ASSIGNED' | 'CHANGED';

export interface FollowUpInput {
  key: string;
  state: FollowUpState;
  assignee?: string | null;
  dueDate?: string | null;
  note?: string | null;
  version?: number | null;
  asOf?: string | null;
  staleAfterDays?: number | null;
}

const findingGone = (key: string) =>
  coded('NOT_FOUND', { en: `No gap finding with key "${key}" (now).`, da: `Der er (nu) intet fund med nøglen "${key}".` }, { id: key });

export const followUpId = (key: string) => `gapack:${createHash('sha256').update(key).digest('hex').slice(0, 24)}`;

export async function readFollowUps(db: GraphDb, q: QueryCatalog, keys: readonly string[]): Promise<Map<string, StoredFollowUp>> {
  if (!keys.length) return new Map();
  const rows = await db.run<{ acknowledgement: StoredFollowUp }>(q.gapAcknowledgementsByKeys, { keys: [...new Set(keys)] });
  return new Map(rows.map((r) => [r.acknowledgement.key, r.acknowledgement]));
}

const loaders = new WeakMap<object, DataLoader<string, StoredFollowUp | null>>();

/** Per request: every finding of a report asks, one statement answers them all. */
export function followUpOf(ctx: RequestContext, key: string): Promise<StoredFollowUp | null> {
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = new DataLoader(async (keys) => {
      const found = await readFollowUps(ctx.db, ctx.queries, keys);
      return keys.map((k) => found.get(k) ?? null);
    });
    loaders.set(ctx, loader);
  }
  return loader.load(key);
}

/** OPEN without a follow-up; CHANGED when the evidence is no longer what was followed up. */
export function statusOf(finding: GapFinding, stored: StoredFollowUp | null): FindingStatus {
  if (!stored) return 'OPEN';
  return stored.fingerprint === findingFingerprint(finding) ? stored.state : 'CHANGED';
}

/** The follow-up as the API shows it: who is to act and the note only to signed-in users. */
export interface FollowUpView {
  id: string;
  state: FollowUpState;
  assignee: string | null;
  dueDate: string | null;
  note: string | null;
  at: string;
  version: number;
  current: boolean;
  /** What has changed since, when it no longer holds: worded by `GapFollowUp.change(lang)`. */
  changed: ChangeFacts | null;
}

export function followUpView(finding: GapFinding, stored: StoredFollowUp | null, signedIn: boolean): FollowUpView | null {
  if (!stored) return null;
  const current = stored.fingerprint === findingFingerprint(finding);
  return {
    id: stored.id,
    state: stored.state,
    assignee: signedIn ? (stored.assignee ?? null) : null,
    dueDate: stored.dueDate ?? null,
    note: signedIn ? (stored.note ?? null) : null,
    at: stored.at,
    version: stored.version,
    current,
    changed: current ? null : changeFacts(stored, finding),
  };
}

/** How many records the finding rests on came or went since the follow-up. */
export function changeFacts(stored: StoredFollowUp, finding: GapFinding): ChangeFacts {
  const before = new Set(stored.evidenceIds ?? []);
  const now = new Set(finding.evidenceIds);
  return {
    assigned: stored.state === 'ASSIGNED',
    since: stored.at.slice(0, 10),
    added: [...now].filter((id) => !before.has(id)).length,
    removed: [...before].filter((id) => !now.has(id)).length,
  };
}

/**
 * "Grundlaget har ændret sig siden kvitteringen 5. december 2026: 1 post er kommet til, 1 er forsvundet; fundet er åbent igen."
 * In English: "The evidence has changed since the acknowledgement on 5 December 2026: …".
 */
export function describeChange(facts: ChangeFacts, lang: Language = 'DA'): string {
  return (lang === 'EN' ? FOLLOW_UP_WORDS_EN : FOLLOW_UP_WORDS_DA).change(facts);
}

/** The view as GraphQL shows it, with the change worded (the CONFLICT error carries it in Danish, as its `da`). */
export function wordedView(view: FollowUpView | null, lang: Language = 'DA') {
  if (!view) return null;
  const { changed, ...shown } = view;
  return { ...shown, change: changed ? describeChange(changed, lang) : null };
}

function text(value: string | null | undefined, field: string, max: number): string | null {
  const v = value?.trim() ?? '';
  if (!v) return null;
  if (v.length > max || hasControlCharacters(v)) {
    throw badInput(
      { en: `"${field}" must be at most ${max} characters without control characters.`, da: `"${field}" må højst være ${max} tegn uden kontroltegn.` },
      [{ field, message: `must be at most ${max} characters, no control characters`, da: `højst ${max} tegn uden kontroltegn` }],
    );
  }
  return v;
}

function checkInput(input: FollowUpInput) {
  const parsed = parseFollowUpKey(input.key);
  if (!parsed)
    throw badInput({ en: '"key" is not the key of a finding.', da: '"key" er ikke nøglen til et fund.' }, [
      { field: 'key', message: 'must be a finding key (rule|subject|topic)', da: 'skal være nøglen til et fund (regel|emne|emne-del)' },
    ]);
  if (!GAP_RULES.some((r) => r.id === parsed.ruleId))
    throw badInput({ en: `Unknown rule "${parsed.ruleId}".`, da: `Ukendt regel "${parsed.ruleId}".` }, [
      { field: 'key', message: 'names an unknown rule', da: 'nævner en ukendt regel' },
    ]);
  const assignee = text(input.assignee, 'assignee', FOLLOW_UP_LIMITS.assignee);
  const note = text(input.note, 'note', FOLLOW_UP_LIMITS.note);
  const dueDate = input.dueDate?.trim() ? checkDay(input.dueDate.trim(), 'dueDate') : null;
  const stateIssue = followUpStateIssue({ state: input.state, assignee, dueDate });
  if (stateIssue?.problem === 'REQUIRED')
    throw badInput({ en: 'An assignment must say who is to act.', da: 'En tildeling skal sige, hvem der skal følge op.' }, [
      { field: 'assignee', message: 'required when the state is ASSIGNED', da: 'skal udfyldes ved en tildeling' },
    ]);
  if (stateIssue?.problem === 'ONLY_ASSIGNED') {
    throw badInput(
      {
        en: 'An acknowledgement has no assignee or due date; assign the finding instead.',
        da: 'En kvittering har ingen ansvarlig eller frist; vælg tildeling i stedet.',
      },
      [{ field: stateIssue.field, message: 'only with the state ASSIGNED', da: 'kun ved en tildeling' }],
    );
  }
  if (input.version != null && (!Number.isInteger(input.version) || input.version < 1))
    throw badInput({ en: '"version" must be a positive integer.', da: '"version" skal være et positivt heltal.' }, [
      { field: 'version', message: 'must be a positive integer', da: 'skal være et positivt heltal' },
    ]);
  return { ...parsed, assignee, note, dueDate };
}

/** The finding as it is now (the whole store, the rule alone): NOT_FOUND when it is gone. */
async function currentFinding(ctx: RequestContext, key: string, ruleId: string, asOf: string, staleAfterDays: number): Promise<GapFinding> {
  const report = await findGaps(ctx.db, ctx.queries, { kind: 'EVERYTHING' }, { rules: [ruleId], asOf, staleAfterDays, showNames: canSeePersonalData(ctx) });
  const finding = report.findings.find((f) => findingKey(f) === key);
  if (!finding) throw findingGone(key);
  return finding;
}

const conflict = (current: StoredFollowUp | null, finding: GapFinding) =>
  coded(
    'CONFLICT',
    { en: 'Someone else followed this finding up meanwhile; read again.', da: 'En anden har fulgt op på fundet imens; læs igen.' },
    {
      current: wordedView(followUpView(finding, current, true)),
    },
  );

/** Acknowledge or assign a finding (new, or a change of the follow-up at `version`). */
export async function saveFollowUp(ctx: RequestContext, input: FollowUpInput): Promise<GapFinding> {
  const editor = requireRole(ctx.viewer, 'EDITOR');
  if (input.state !== 'ACKNOWLEDGED' && input.state !== 'ASSIGNED')
    throw badInput({ en: 'Unknown follow-up.', da: 'Ukendt opfølgning.' }, [
      { field: 'state', message: 'must be ACKNOWLEDGED or ASSIGNED', da: 'skal være kvitteret eller tildelt' },
    ]);
  const v = checkInput(input);
  const finding = await currentFinding(ctx, input.key, v.ruleId, checkDay(input.asOf ?? todayInDenmark(), 'asOf'), input.staleAfterDays ?? 365);
  const now = new Date().toISOString();
  await ctx.db.write(async (tx) => {
    const [row] = await tx.run<{ acknowledgement: StoredFollowUp | null }>(ctx.queries.gapAcknowledgementLock, { subjectId: v.subjectId, key: input.key });
    if (!row) throw findingGone(input.key);
    await assertInScope(tx, ctx.queries, editor, [v.subjectId], 'any');
    const current = row.acknowledgement;
    if ((current?.version ?? null) !== (input.version ?? null)) throw conflict(current, finding);
    const props: StoredFollowUp = {
      id: followUpId(input.key),
      key: input.key,
      ruleId: v.ruleId,
      subjectId: v.subjectId,
      state: input.state,
      fingerprint: findingFingerprint(finding),
      evidenceIds: [...finding.evidenceIds].sort(),
      assignee: v.assignee,
      dueDate: v.dueDate,
      note: v.note,
      by: editor.id,
      at: now,
      version: (current?.version ?? 0) + 1,
    };
    await tx.run(ctx.queries.gapAcknowledgementSave, { key: input.key, props });
    await recordChange(tx, ctx.queries, {
      at: now,
      actor: editor.id,
      operation: current ? 'UPDATE' : 'CREATE',
      entityId: props.id,
      entityLabel: 'GapAcknowledgement',
      before: current,
      after: props,
    });
  });
  return finding;
}

/** Take a follow-up back (the finding is open again), at the version read. */
export async function reopenFinding(
  ctx: RequestContext,
  key: string,
  version: number,
  asOf?: string | null,
  staleAfterDays?: number | null,
): Promise<GapFinding> {
  const editor = requireRole(ctx.viewer, 'EDITOR');
  const parsed = parseFollowUpKey(key);
  if (!parsed || !GAP_RULES.some((r) => r.id === parsed.ruleId))
    throw badInput({ en: '"key" is not the key of a finding.', da: '"key" er ikke nøglen til et fund.' }, [
      { field: 'key', message: 'must be a finding key (rule|subject|topic)', da: 'skal være nøglen til et fund (regel|emne|emne-del)' },
    ]);
  const finding = await currentFinding(ctx, key, parsed.ruleId, checkDay(asOf ?? todayInDenmark(), 'asOf'), staleAfterDays ?? 365);
  const now = new Date().toISOString();
  await ctx.db.write(async (tx) => {
    const [row] = await tx.run<{ acknowledgement: StoredFollowUp | null }>(ctx.queries.gapAcknowledgementLock, { subjectId: parsed.subjectId, key });
    if (!row) throw findingGone(key);
    await assertInScope(tx, ctx.queries, editor, [parsed.subjectId], 'any');
    const current = row.acknowledgement;
    if (!current || current.version !== version) throw conflict(current, finding);
    await tx.run(ctx.queries.gapAcknowledgementRemove, { key });
    await recordChange(tx, ctx.queries, {
      at: now,
      actor: editor.id,
      operation: 'DELETE',
      entityId: current.id,
      entityLabel: 'GapAcknowledgement',
      before: current,
      after: null,
    });
  });
  return finding;
}

export const signedIn = (ctx: RequestContext) => hasRole(ctx.viewer, 'VIEWER');
