import type { z } from 'zod';
import {
  CHANNEL_KINDS,
  CHANNEL_STATUSES,
  GROUP_KINDS,
  MANDATE_LEVELS,
  MEMBER_ROLES,
  ORGANISATION_KINDS,
  PERSPECTIVES,
  SECTORS,
  STATUS_LEVELS,
} from '../../domain/vocabulary.js';
import { FIELD_MEANINGS } from './input-field-meanings.js';

/**
 * Reads the domain's zod records (api/src/domain/records.ts) as GraphQL input fields, so the
 * typed mutation inputs can never drift from the rules that validate them.
 *
 * The GraphQL types are deliberately loose (docs/DESIGN.md, "Typed mutations"): every field is
 * nullable and text, dates, e-mails, phones and ids are plain String, so a value of the right
 * shape that breaks a rule (too long, not a date, a second field missing) reaches zod, the one
 * validator, and comes back as BAD_USER_INPUT naming each bad field. Only what GraphQL itself
 * can say for sure is typed: enums of the closed vocabularies, Int, Boolean and lists.
 */

/** The GraphQL enum of each closed vocabulary (vocabulary-sdl.ts, organisation.graphql). */
const ENUM_NAMES: Array<[name: string, values: readonly string[]]> = [
  ['OrganisationKind', ORGANISATION_KINDS],
  ['Sector', SECTORS],
  ['GroupKind', GROUP_KINDS],
  ['MemberRole', MEMBER_ROLES],
  ['MandateLevel', MANDATE_LEVELS],
  ['ChannelKind', CHANNEL_KINDS],
  ['ChannelStatus', CHANNEL_STATUSES],
  ['StatusLevel', STATUS_LEVELS],
  ['Perspective', PERSPECTIVES],
];

export interface InputField {
  name: string;
  /** The GraphQL type, always nullable (see above). */
  type: string;
  /** Required by the domain rules when the record is created (neither optional nor defaulted). */
  required: boolean;
  /** What the value is limited to beyond its type, read from the schema: "At most 200 characters." */
  limits: string;
}

interface ZodDef {
  type: string;
  innerType?: ZodLike;
  in?: ZodLike;
  out?: ZodLike;
  element?: ZodLike;
  entries?: Record<string, string>;
  values?: unknown[];
  checks?: Array<{ _zod: { def: { check: string; maximum?: number; format?: string; value?: number; inclusive?: boolean } } }>;
}
interface ZodLike {
  _zod: { def: ZodDef };
}

const defOf = (schema: ZodLike): ZodDef => schema._zod.def;

/** Past optional, default and the pipes refinements make, to the schema that says the shape. */
function core(schema: ZodLike): { schema: ZodLike; required: boolean } {
  let current = schema;
  let required = true;
  for (;;) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // A preprocess (Danish dates, 6.12.2026) pipes a transform into the schema; a normalising transform follows it.
      current = defOf(def.in!).type === 'transform' ? def.out! : def.in!;
    } else return { schema: current, required };
  }
}

function enumName(values: readonly string[]): string {
  const found = ENUM_NAMES.find(([, vocabulary]) => vocabulary.length === values.length && vocabulary.every((v, i) => v === values[i]));
  if (!found) throw new Error(`No GraphQL enum for the vocabulary ${values.join(', ')}; add it to ENUM_NAMES.`);
  return found[0];
}

function graphqlType(schema: ZodLike, where: string): string {
  const def = defOf(core(schema).schema);
  switch (def.type) {
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'literal':
      if (def.values?.every((v) => typeof v === 'boolean')) return 'Boolean';
      break;
    case 'number':
      return def.checks?.some((c) => c._zod.def.format === 'safeint') ? 'Int' : 'Float';
    case 'enum':
      return enumName(Object.values(def.entries!));
    case 'array':
      return `[${graphqlType(def.element!, where)}!]`;
  }
  throw new Error(`${where}: no GraphQL input type for a zod ${def.type}.`);
}

function limitsOf(schema: ZodLike): string {
  const def = defOf(core(schema).schema);
  const parts: string[] = [];
  for (const check of def.checks ?? []) {
    const c = check._zod.def;
    if (c.check === 'max_length' && def.type === 'string') parts.push(`At most ${c.maximum} characters.`);
    if (c.check === 'max_length' && def.type === 'array') parts.push(`At most ${c.maximum} entries, none repeated.`);
    if (c.check === 'greater_than') parts.push(`At least ${c.value}${c.inclusive ? '' : ' (exclusive)'}.`);
    if (c.check === 'less_than') parts.push(`At most ${c.value}${c.inclusive ? '' : ' (exclusive)'}.`);
  }
  if (def.type === 'array') {
    const inner = limitsOf(def.element!);
    if (inner) parts.push(`Each: ${inner.charAt(0).toLowerCase()}${inner.slice(1)}`);
  }
  return parts.join(' ');
}

/** The input fields of one record schema (a zod object, refinements and all), minus `omit`. */
export function inputFields(schema: z.ZodType, owner: string, omit: readonly string[] = []): InputField[] {
  let object = schema as unknown as ZodLike & { shape?: Record<string, ZodLike> };
  // A record with a normalising transform after its checks (a phone line's address) is a pipe from the object.
  while (!object.shape && defOf(object).type === 'pipe') object = defOf(object).in as typeof object;
  const shape = object.shape;
  if (!shape) throw new Error(`${owner}: the domain schema is not an object.`);
  return Object.entries(shape)
    .filter(([name]) => !omit.includes(name))
    .map(([name, field]) => ({ name, type: graphqlType(field, `${owner}.${name}`), required: core(field).required, limits: limitsOf(field) }));
}

/**
 * A field's description: what it means (input-field-meanings.ts, per owner where it differs),
 * its limits, and "Required when creating." A field without a meaning fails the start.
 */
export function describeField(field: InputField, owner: string, creating: boolean): string {
  const meaning = FIELD_MEANINGS[field.name];
  const text = typeof meaning === 'string' ? meaning : meaning?.[owner];
  if (!text) throw new Error(`No description for the input field ${owner}.${field.name}; add it to input-field-meanings.ts.`);
  // An id is required by the record but made by the API when a create leaves it out.
  const required = creating && field.required && field.name !== 'id';
  return [text, field.limits, required ? 'Required.' : ''].filter(Boolean).join(' ');
}
