import { z } from 'zod';
import {
  CHANNEL_KINDS, CHANNEL_STATUSES, GROUP_KINDS, MANDATE_LEVELS, MEMBER_ROLES, ORGANISATION_KINDS,
  PERSPECTIVES, SECTORS, STATUS_LEVELS, type NodeLabel, type RelationshipType,
} from './vocabulary.js';
import { isValidLocationNumber } from './location-number.js';

/**
 * The one place domain rules live. The seed loader, imports and edits all validate with
 * these schemas, so a record that loads is a record an editor could have typed, and back.
 */
const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const id = z.string().regex(/^[a-z0-9][a-z0-9:._-]{0,127}$/, 'must be 1–128 characters of a–z, 0–9, ":", ".", "_" or "-"');
const isoDate = z.iso.date({ error: 'must be a date as YYYY-MM-DD' });
const email = z.email({ error: 'must be an e-mail address' }).max(254);
const phone = z.string().regex(/^\+?[0-9 ]{8,16}$/, 'must be a phone number such as +45 70 11 22 33');
const locationNumber = z
  .string()
  .refine(isValidLocationNumber, 'must be a 13-digit location number with a valid GS1 check digit');
const municipalityCode = z.string().regex(/^[1-8]\d{2}$/, 'must be a 3-digit Danish municipality code (101–860)');
const perspectives = z.array(z.enum(PERSPECTIVES)).max(PERSPECTIVES.length);

/** Where a fact comes from: a document and its date; `inferred` marks what the text only implies. */
const sourced = {
  source: text(200).optional(),
  sourceDate: isoDate.optional(),
  inferred: z.boolean().optional(),
};

/** `since`/`until` or `validFrom`/`validTo`: both dates, the end not before the start. */
function datesInOrder<T extends z.ZodType<Record<string, unknown>>>(schema: T, from: string, to: string) {
  return schema.refine(
    (v) => !(typeof v[from] === 'string' && typeof v[to] === 'string' && (v[to] as string) < (v[from] as string)),
    { message: `must not be before ${from}`, path: [to] },
  );
}

const base = { id, name: text(200), description: text(2000).optional(), ...sourced };

export const nodeSchemas = {
  Organisation: z
    .object({
      ...base,
      kind: z.enum(ORGANISATION_KINDS),
      sector: z.enum(SECTORS),
      shortName: text(40).optional(),
      municipalityCode: municipalityCode.optional(),
      locationNumber: locationNumber.optional(),
      website: z.url().optional(),
      phone: phone.optional(),
    })
    .strict()
    .refine((o) => o.kind !== 'MUNICIPALITY' || o.municipalityCode !== undefined, {
      message: 'is required for a municipality',
      path: ['municipalityCode'],
    }),
  Person: z
    .object({ ...base, title: text(120).optional(), profession: text(120).optional(), email: email.optional(), phone: phone.optional(), fictitious: z.literal(true) })
    .strict(),
  Group: z
    .object({ ...base, kind: z.enum(GROUP_KINDS), purpose: text(2000).optional(), requiredPerspectives: perspectives.default([]), meets: text(200).optional() })
    .strict(),
  Mandate: datesInOrder(
    z.object({ ...base, level: z.enum(MANDATE_LEVELS), scope: text(500), validFrom: isoDate.optional(), validTo: isoDate.optional() }).strict(),
    'validFrom',
    'validTo',
  ),
  Channel: z
    .object({
      ...base,
      kind: z.enum(CHANNEL_KINDS),
      status: z.enum(CHANNEL_STATUSES),
      address: text(300).optional(),
      schedule: text(300).optional(),
      rules: text(500).optional(),
      supportsAttachments: z.boolean().optional(),
    })
    .strict(),
  Agreement: datesInOrder(
    z.object({ ...base, validFrom: isoDate.optional(), validTo: isoDate.optional() }).strict(),
    'validFrom',
    'validTo',
  ),
  Element: z.object({ ...base, number: z.number().int().min(1).max(99) }).strict(),
  Pathway: z.object({ ...base, topics: z.array(text(60)).default([]) }).strict(),
  Step: z.object({ ...base, number: z.number().int().min(1).max(4) }).strict(),
} satisfies Record<NodeLabel, z.ZodType>;

const relBase = { id, from: id, to: id, since: isoDate.optional(), until: isoDate.optional(), ...sourced };
const rel = <S extends z.ZodRawShape>(shape: S) => datesInOrder(z.object({ ...relBase, ...shape }).strict(), 'since', 'until');

export const relationshipSchemas = {
  PART_OF: rel({}),
  IN_CLUSTER: rel({}),
  WORKS_IN: rel({ role: text(120).optional() }),
  CONTACT_FOR: rel({
    topics: z.array(text(60)).default([]),
    pathways: z.array(id).default([]),
    steps: z.array(z.number().int().min(1).max(4)).default([]),
    audience: z.array(text(60)).default([]),
    role: text(120).optional(),
  }),
  MEMBER_OF: rel({ represents: perspectives.default([]), role: z.enum(MEMBER_ROLES).default('MEMBER'), onBehalfOf: id.optional() }),
  REPORTS_TO: rel({}),
  ANCHORED_IN: rel({}),
  SECRETARIAT_FOR: rel({}),
  HOLDS: rel({}),
  GRANTED_BY: rel({ decidedOn: isoDate.optional() }),
  CONCERNS: rel({}),
  PROVIDES: rel({}),
  SERVES: rel({}),
  HAS_ELEMENT: rel({}),
  PARTY_TO: rel({}),
  IMPLEMENTS: rel({}),
  STATUS: rel({ level: z.enum(STATUS_LEVELS), asOf: isoDate, note: text(2000).optional() }),
  HAS_STEP: rel({}),
} satisfies Record<RelationshipType, z.ZodType>;

export type NodeRecord<L extends NodeLabel = NodeLabel> = z.infer<(typeof nodeSchemas)[L]>;
export type RelationshipRecord<T extends RelationshipType = RelationshipType> = z.infer<(typeof relationshipSchemas)[T]>;

/** A validation problem with the path of the field, as the API and the loader report it. */
export interface FieldIssue {
  field: string;
  message: string;
}

export function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => ({
    field: i.path.length ? i.path.join('.') : '(record)',
    message: i.code === 'unrecognized_keys' ? `unknown field(s): ${(i as { keys: string[] }).keys.join(', ')}` : i.message,
  }));
}
