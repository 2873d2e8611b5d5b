/**
 * What one request showed of named people: their ids and which personal fields. Resolvers
 * that hand out a name, e-mail or phone note it here; the access-log plugin writes one entry
 * per request at the end (see access-log-plugin.ts).
 */
export interface AccessNotes {
  readonly subjects: Set<string>;
  readonly fields: Set<string>;
}

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
