import { z } from 'zod';
import {
  CHANNEL_KINDS,
  CHANNEL_STATUSES,
  GROUP_KINDS,
  ID_PREFIXES,
  MANDATE_LEVELS,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  PERSPECTIVES,
  RELATIONSHIP_ID_PREFIX,
  SECTORS,
  SECTORS_BY_KIND,
  STATUS_LEVELS,
  type NodeLabel,
  type RelationshipType,
} from './vocabulary.js';
import { isValidLocationNumber } from './location-number.js';
import { normalisePhone, parseDanishDate } from './danish-input.js';
import { isMunicipalityCode, municipalityByCode, nameMatchesMunicipality } from './municipalities.js';

/**
 * The one place domain rules live. The seed loader, imports and edits all validate with
 * these schemas, so a record that loads is a record an editor could have typed, and back.
 *
 * Rules, each with a unit test in tests/unit/domain-validation.test.ts:
 * - ids: 1–128 characters of a–z 0–9 : . _ -, starting with the kind ("org:", "rel:", …);
 * - text: trimmed, not empty, a maximum length per field, no control characters;
 * - dates: YYYY-MM-DD (typed also as 6.12.2026, 06-12-2026, 6/12 2026), a real calendar day
 *   between 1970 and 2099; since ≤ until and
 *   validFrom ≤ validTo; a STATUS's asOf not after the date of the document it comes from;
 * - enums: every closed vocabulary of vocabulary.ts; lists of them without repeats;
 * - organisations: the sector fits the kind; a municipality has a code from the 98, and its
 *   name is that municipality's; a municipal unit has a municipality code; a GP practice has a
 *   location number; location numbers are 13 digits with a valid GS1 check digit;
 * - e-mail addresses, phone numbers (Danish 8 digits, optionally +45/0045, stored as
 *   "+45 12 34 56 78"; or +country) and
 *   websites (http/https) have their formats; a channel's address has the format its kind
 *   needs (MedCom: location number, phone line: phone, secure e-mail: e-mail, website: URL),
 *   and an established MedCom channel has one;
 * - provenance: `sourceDate` and `inferred` need a `source`.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is what this pattern is for
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/**
 * Invisible formatting characters: zero-width spaces and joiners, direction marks and overrides,
 * word joiners, the byte-order mark and the soft hyphen. They show nothing, so a name stored with
 * them looks like another ("Anders\u200B Bruun" like "Anders Bruun", "Evil\u202Eenummok" reads
 * "Evilkommune") and slips past the twin check; a name of only them looked empty. An outside
 * probe stored all three. Removed before anything else: what is left is what one sees. The
 * zero-width joiner and non-joiner stay: emoji sequences (a family) and some scripts need them.
 */
export const INVISIBLE = /[\u00AD\u061C\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
const text = (max: number) =>
  z
    .string()
    .overwrite((s) => s.replace(INVISIBLE, ''))
    .trim()
    // One stored form for a letter: "å" pasted from a Mac or a PDF can come as "a" + a combining
    // ring (NFD), which reads the same but matches nothing stored, and made an exact twin possible.
    .normalize('NFC')
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters')
    // A lone UTF-16 surrogate cannot be stored as UTF-8: the engine would silently turn it into U+FFFD.
    .refine((s) => !/\p{Cs}/u.test(s), 'must not contain a broken character (a lone surrogate)');

const ID_PATTERN = /^[a-z0-9][a-z0-9:._-]{0,127}$/;
const id = z.string().regex(ID_PATTERN, 'must be 1–128 characters of a–z, 0–9, ":", ".", "_" or "-"');
const idWithPrefix = (prefix: string) => id.refine((v) => v.startsWith(prefix) && v.length > prefix.length, `must start with "${prefix}"`);

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A real calendar day as YYYY-MM-DD, in a range where a typo of the year shows up. */
export function isIsoDate(value: string): boolean {
  const m = DATE_PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
/**
 * A date field: stored as YYYY-MM-DD; typed also the Danish way ("6.12.2026", "06-12-2026",
 * "6/12 2026", "6. december 2026"), which is turned into the stored form before the checks.
 */
const isoDate = z.preprocess(
  (v) => (typeof v === 'string' ? (parseDanishDate(v) ?? v) : v),
  z
    .string({ error: 'must be a date as YYYY-MM-DD or 6.12.2026' })
    .refine(isIsoDate, 'must be a date such as 2026-12-06 or 6.12.2026')
    .refine((v) => !isIsoDate(v) || (v >= '1970-01-01' && v <= '2099-12-31'), 'must be between 1970-01-01 and 2099-12-31'),
);

/** When an editor last confirmed an entry (fixed-contact assignment, channel) is right, and who. */
const confirmation = {
  confirmedAt: z.iso.datetime({ error: 'must be an ISO time such as 2026-12-06T07:00:00.000Z' }).optional(),
  confirmedBy: text(120).optional(),
};

const email = z.email({ error: 'must be an e-mail address' }).max(254, 'must be at most 254 characters');

/**
 * A phone number as Danes type it (danish-input.ts): a Danish 8-digit number, with or without
 * +45 or 0045, in groups; or a foreign number as +<country code> and 7–15 digits. Stored in one
 * form, "+45 12 34 56 78" (the form shown everywhere), so the same number is never two values.
 */
export function isPhoneNumber(value: string): boolean {
  return normalisePhone(value) !== null;
}
const phone = z
  .string()
  .refine(isPhoneNumber, 'must be a phone number such as +45 70 11 22 33, 70 11 22 33 or 70112233')
  .transform((v) => normalisePhone(v)!);

export function isWebUrl(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
}
const website = z.string().max(300, 'must be at most 300 characters').refine(isWebUrl, 'must be a web address starting with http:// or https://');

const locationNumber = z.string().refine(isValidLocationNumber, 'must be a 13-digit location number with a valid GS1 check digit');
const municipalityCode = z
  .string()
  .regex(/^\d{3}$/, 'must be a 3-digit Danish municipality code (101–860)')
  .refine((c) => !/^\d{3}$/.test(c) || isMunicipalityCode(c), 'must be the code of one of the 98 Danish municipalities');

/** A list without repeats. */
const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, `must have at most ${max} entries`)
    .refine((xs) => new Set(xs).size === xs.length, 'must not repeat an entry');
const perspectives = uniqueList(z.enum(PERSPECTIVES), PERSPECTIVES.length);

/** Where a fact comes from: a document and its date; `inferred` marks what the text only implies. */
const sourced = {
  source: text(200).optional(),
  sourceDate: isoDate.optional(),
  inferred: z.boolean().optional(),
};

type Ctx = z.core.$RefinementCtx<Record<string, unknown>>;
type Check = (v: Record<string, unknown>, ctx: Ctx) => void;

/** `since`/`until` or `validFrom`/`validTo`: the end not before the start. */
const datesInOrder =
  (from: string, to: string): Check =>
  (v, ctx) => {
    if (typeof v[from] === 'string' && typeof v[to] === 'string' && (v[to] as string) < (v[from] as string)) {
      ctx.addIssue({ code: 'custom', message: `must not be before ${from}`, path: [to], input: v[to] });
    }
  };

/** A date or an "inferred" flag without a document to anchor it says nothing. */
const provenance: Check = (v, ctx) => {
  if (v.source !== undefined) return;
  if (v.sourceDate !== undefined)
    ctx.addIssue({ code: 'custom', message: 'needs a source (the document it is the date of)', path: ['sourceDate'], input: v.sourceDate });
  if (v.inferred !== undefined)
    ctx.addIssue({ code: 'custom', message: 'needs a source (the document it is inferred from)', path: ['inferred'], input: v.inferred });
};

function checked<T extends z.ZodObject>(schema: T, ...checks: Check[]) {
  return schema.superRefine((v, ctx) => {
    for (const check of checks) check(v as Record<string, unknown>, ctx as unknown as Ctx);
  });
}

const node = (label: NodeLabel) => ({
  id: idWithPrefix(ID_PREFIXES[label]),
  name: text(200),
  description: text(2000).optional(),
  ...sourced,
});

/** The English name and description of content shown in both languages (pathways, steps). */
const inEnglish = { nameEn: text(200).optional(), descriptionEn: text(2000).optional() };

const organisationRules: Check = (o, ctx) => {
  const kind = o.kind as keyof typeof SECTORS_BY_KIND;
  const allowed = SECTORS_BY_KIND[kind] as readonly string[] | undefined;
  if (allowed && !allowed.includes(o.sector as string)) {
    ctx.addIssue({ code: 'custom', message: `must be ${allowed.join(' or ')} for an organisation of kind ${kind}`, path: ['sector'], input: o.sector });
  }
  const code = o.municipalityCode as string | undefined;
  if ((kind === 'MUNICIPALITY' || kind === 'MUNICIPAL_UNIT') && code === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: `is required for ${kind === 'MUNICIPALITY' ? 'a municipality' : 'a municipal unit'}`,
      path: ['municipalityCode'],
      input: code,
    });
  }
  if (kind === 'MUNICIPALITY' && code !== undefined && isMunicipalityCode(code) && !nameMatchesMunicipality(o.name as string, code)) {
    ctx.addIssue({
      code: 'custom',
      message: `is ${code}, the code of ${municipalityByCode(code)!.officialName}, which does not match the name "${o.name as string}"`,
      path: ['municipalityCode'],
      input: code,
    });
  }
  if (kind === 'GP_PRACTICE' && o.locationNumber === undefined) {
    ctx.addIssue({ code: 'custom', message: 'is required for a GP practice (MedCom letters are addressed to it)', path: ['locationNumber'], input: undefined });
  }
};

const CHANNEL_ADDRESS: Partial<Record<(typeof CHANNEL_KINDS)[number], { test: (v: string) => boolean; message: string }>> = {
  MEDCOM_CORRESPONDENCE: { test: isValidLocationNumber, message: 'must be a 13-digit location number with a valid GS1 check digit for a MedCom channel' },
  PHONE_LINE: { test: isPhoneNumber, message: 'must be a phone number for a phone line' },
  SECURE_EMAIL: { test: (v) => email.safeParse(v).success, message: 'must be an e-mail address for a secure e-mail channel' },
  WEBSITE: { test: isWebUrl, message: 'must be a web address (http/https) for a website' },
};

const channelRules: Check = (c, ctx) => {
  const kind = c.kind as (typeof CHANNEL_KINDS)[number];
  const address = c.address as string | undefined;
  const rule = CHANNEL_ADDRESS[kind];
  if (rule && address !== undefined && !rule.test(address)) ctx.addIssue({ code: 'custom', message: rule.message, path: ['address'], input: address });
  if (kind === 'MEDCOM_CORRESPONDENCE' && c.status === 'ESTABLISHED' && address === undefined) {
    ctx.addIssue({
      code: 'custom',
      message: 'is required for an established MedCom channel (the location number letters go to)',
      path: ['address'],
      input: undefined,
    });
  }
};

export const nodeSchemas = {
  Organisation: checked(
    z
      .object({
        ...node('Organisation'),
        kind: z.enum(ORGANISATION_KINDS),
        sector: z.enum(SECTORS),
        shortName: text(40).optional(),
        municipalityCode: municipalityCode.optional(),
        locationNumber: locationNumber.optional(),
        website: website.optional(),
        phone: phone.optional(),
        email: email.optional(),
        validFrom: isoDate.optional(),
        validTo: isoDate.optional(),
      })
      .strict(),
    organisationRules,
    datesInOrder('validFrom', 'validTo'),
    provenance,
  ),
  Person: checked(
    z
      .object({
        ...node('Person'),
        title: text(120).optional(),
        profession: text(120).optional(),
        email: email.optional(),
        phone: phone.optional(),
        // Marks invented people; seed and demo data must hold only those (the seed loader checks).
        // Editors and imports record real staff, who carry no such mark.
        fictitious: z.literal(true, { error: 'must be true or left out' }).optional(),
      })
      .strict(),
    provenance,
  ),
  Group: checked(
    z
      .object({
        ...node('Group'),
        kind: z.enum(GROUP_KINDS),
        shortName: text(40).optional(),
        purpose: text(2000).optional(),
        requiredPerspectives: perspectives.default([]),
        meets: text(200).optional(),
        validFrom: isoDate.optional(),
        validTo: isoDate.optional(),
      })
      .strict(),
    datesInOrder('validFrom', 'validTo'),
    provenance,
  ),
  Mandate: checked(
    z.object({ ...node('Mandate'), level: z.enum(MANDATE_LEVELS), scope: text(500), validFrom: isoDate.optional(), validTo: isoDate.optional() }).strict(),
    datesInOrder('validFrom', 'validTo'),
    provenance,
  ),
  Channel: checked(
    z
      .object({
        ...node('Channel'),
        kind: z.enum(CHANNEL_KINDS),
        status: z.enum(CHANNEL_STATUSES),
        address: text(300).optional(),
        schedule: text(300).optional(),
        rules: text(500).optional(),
        supportsAttachments: z.boolean().optional(),
        ...confirmation,
      })
      .strict(),
    channelRules,
    provenance,
  ).transform((c) =>
    // A phone line's address is a phone number: kept in the one stored form like every other.
    c.kind === 'PHONE_LINE' && typeof c.address === 'string' ? { ...c, address: normalisePhone(c.address) ?? c.address } : c,
  ),
  Agreement: checked(
    z.object({ ...node('Agreement'), shortName: text(40).optional(), validFrom: isoDate.optional(), validTo: isoDate.optional() }).strict(),
    datesInOrder('validFrom', 'validTo'),
    provenance,
  ),
  Element: checked(z.object({ ...node('Element'), number: z.number().int().min(1).max(99) }).strict(), provenance),
  // Pathways and steps are shown to families in both languages: their English name and description
  // live beside the Danish ones (optional; without them the Danish text is shown, marked as Danish).
  Pathway: checked(z.object({ ...node('Pathway'), ...inEnglish, topics: uniqueList(text(60), 30).default([]) }).strict(), provenance),
  Step: checked(z.object({ ...node('Step'), ...inEnglish, number: z.number().int().min(1).max(4) }).strict(), provenance),
} satisfies Record<NodeLabel, z.ZodType>;

const relBase = {
  id: idWithPrefix(RELATIONSHIP_ID_PREFIX),
  from: id,
  to: id,
  since: isoDate.optional(),
  until: isoDate.optional(),
  ...sourced,
};
const rel = <S extends z.ZodRawShape>(shape: S, ...checks: Check[]) =>
  checked(z.object({ ...relBase, ...shape }).strict(), datesInOrder('since', 'until'), provenance, ...checks);

/** A status reported by a document is a status as of the document's date or before. */
const statusNotAfterSource: Check = (s, ctx) => {
  if (typeof s.asOf === 'string' && typeof s.sourceDate === 'string' && s.asOf > s.sourceDate) {
    ctx.addIssue({ code: 'custom', message: 'must not be after sourceDate (a document reports what was, not what will be)', path: ['asOf'], input: s.asOf });
  }
};

export const relationshipSchemas = {
  PART_OF: rel({}),
  IN_CLUSTER: rel({}),
  WORKS_IN: rel({ role: text(120).optional() }),
  CONTACT_FOR: rel({
    topics: uniqueList(text(60), 30).default([]),
    pathways: uniqueList(idWithPrefix(ID_PREFIXES.Pathway), 10).default([]),
    steps: uniqueList(z.number().int().min(1).max(4), 4).default([]),
    audience: uniqueList(text(60), 20).default([]),
    role: text(120).optional(),
    ...confirmation,
  }),
  MEMBER_OF: rel({
    represents: perspectives.default([]),
    role: z.enum(MEMBER_ROLES).default('MEMBER'),
    onBehalfOf: idWithPrefix(ID_PREFIXES.Organisation).optional(),
  }),
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
  STATUS: rel({ level: z.enum(STATUS_LEVELS), asOf: isoDate, note: text(2000).optional() }, statusNotAfterSource),
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

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Validates one node's fields (without `label`), for imports and edits. */
export function validateNode<L extends NodeLabel>(label: L, fields: unknown): Validated<NodeRecord<L>> {
  const parsed = nodeSchemas[label].safeParse(fields);
  return parsed.success ? { ok: true, value: parsed.data as NodeRecord<L> } : { ok: false, issues: issuesOf(parsed.error) };
}

/** Validates one relationship's fields (without `type`), for imports and edits. */
export function validateRelationship<T extends RelationshipType>(type: T, fields: unknown): Validated<RelationshipRecord<T>> {
  const parsed = relationshipSchemas[type].safeParse(fields);
  return parsed.success ? { ok: true, value: parsed.data as RelationshipRecord<T> } : { ok: false, issues: issuesOf(parsed.error) };
}
