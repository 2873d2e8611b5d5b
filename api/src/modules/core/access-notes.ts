import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What one request showed of named people: their ids and which personal fields. Resolvers
 * that hand out a name, e-mail or phone note it here; the access-log plugin writes one entry
 * per request at the end (see access-log-plugin.ts).
 */
export interface AccessNotes {
  readonly subjects: Set<string>;
  readonly fields: Set<string>;
}

/** A named person's personal data: what visitors never see and what the access log notes. */
export const PERSONAL_FIELDS = ['name', 'email', 'phone'] as const;

export const newAccessNotes = (): AccessNotes => ({ subjects: new Set(), fields: new Set() });

/**
 * Notes that `personId`'s `field` is in the answer. Only signed-in users' reads are logged:
 * an anonymous visitor sees no personal data unless the deployment made it public
 * (PERSONAL_DATA_PUBLIC), and then there is no one to log.
 */
export function notePersonalData(ctx: { viewer: unknown; access?: AccessNotes }, personId: string, field: string): void {
  if (!ctx.viewer || !ctx.access) return;
  ctx.access.subjects.add(personId);
  ctx.access.fields.add(field);
}

/** Notes every personal field a person's properties hold (a history state, an exported row). */
export function notePersonShown(ctx: { viewer: unknown; access?: AccessNotes }, personId: string, props: Record<string, unknown>): void {
  if (ctx.viewer && ctx.access) notePresentFields(ctx.access, personId, props);
}

function notePresentFields(notes: AccessNotes, personId: string, props: Record<string, unknown>): void {
  for (const field of PERSONAL_FIELDS) {
    const value = props[field];
    if (value === null || value === undefined || value === '') continue;
    notes.subjects.add(personId);
    notes.fields.add(field);
  }
}

/**
 * The notes of the signed-in request being executed, for the readers that put a person's name
 * into a sentence (a path's story, a finding, the contact finder's lead): they run without the
 * request's context, so the access-log plugin runs the execution inside this store and
 * `personName` notes every name it hands out. An outside probe had read names in such
 * sentences as a viewer with no entry written.
 */
const naming = new AsyncLocalStorage<AccessNotes>();

export function withNameNotes<T>(notes: AccessNotes, work: () => T): T {
  return naming.run(notes, work);
}

/** Notes that a person's name went into the answer being built (no-op outside a logged request). */
export function noteNameGiven(personId: unknown): void {
  const notes = naming.getStore();
  if (!notes || typeof personId !== 'string') return;
  notes.subjects.add(personId);
  notes.fields.add('name');
}

/**
 * Notes the personal fields of a person's stored state that an answer carries whole: a CONFLICT
 * hands the client the current state to merge with, and an outside probe read every person's
 * name, e-mail and phone as an editor through stale-version updates, with no entry written.
 */
export function noteStateGiven(label: string, props: Record<string, unknown>): void {
  const notes = naming.getStore();
  if (notes && label === 'Person' && typeof props.id === 'string') notePresentFields(notes, props.id, props);
}
