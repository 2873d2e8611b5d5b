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
  STEP_NUMBERS,
  type NodeLabel,
  type RelationType,
} from './vocabulary';

/**
 * One form field: enough to draw the input, turn the stored value into text and back, and
 * put the API's error for `properties.<name>` beside it. Every entity and link form is drawn
 * from these lists; there is no hand-written form per entity.
 */
export type FieldType =
  | 'text' // one line
  | 'textarea'
  | 'date' // YYYY-MM-DD
  | 'int'
  | 'boolean' // yes / no / not given
  | 'enum' // one of `options`
  | 'enumList' // several of `options` (checkboxes)
  | 'intList' // several of `options`, sent as numbers
  | 'textList' // one entry per line
  | 'ref' // the id of one node of `refLabel`, chosen with the picker
  | 'refList'; // ids of nodes of `refLabel`

export interface FieldSpec {
  name: string;
  type: FieldType;
  required?: boolean;
  options?: readonly string[];
  /** Where the option texts live: kind.X, sector.X, value.X or level.X in the app catalog. */
  vocab?: 'kind' | 'sector' | 'value' | 'level';
  refLabel?: NodeLabel;
  /** Provenance fields go into a folded section. */
  provenance?: boolean;
}

const provenance: FieldSpec[] = [
  { name: 'source', type: 'text', provenance: true },
  { name: 'sourceDate', type: 'date', provenance: true },
  { name: 'inferred', type: 'boolean', provenance: true },
];
const validity: FieldSpec[] = [
  { name: 'validFrom', type: 'date' },
  { name: 'validTo', type: 'date' },
];
const name: FieldSpec = { name: 'name', type: 'text', required: true };
const description: FieldSpec = { name: 'description', type: 'textarea' };

export const NODE_FIELDS: Record<NodeLabel, FieldSpec[]> = {
  Organisation: [
    name,
    { name: 'shortName', type: 'text' },
    { name: 'kind', type: 'enum', required: true, options: ORGANISATION_KINDS, vocab: 'kind' },
    { name: 'sector', type: 'enum', required: true, options: SECTORS, vocab: 'sector' },
    { name: 'municipalityCode', type: 'text' },
    { name: 'locationNumber', type: 'text' },
    { name: 'phone', type: 'text' },
    { name: 'email', type: 'text' },
    { name: 'website', type: 'text' },
    ...validity,
    description,
    ...provenance,
  ],
  Person: [
    name,
    { name: 'title', type: 'text' },
    { name: 'profession', type: 'text' },
    { name: 'email', type: 'text' },
    { name: 'phone', type: 'text' },
    description,
    { name: 'fictitious', type: 'boolean' },
    ...provenance,
  ],
  Group: [
    name,
    { name: 'shortName', type: 'text' },
    { name: 'kind', type: 'enum', required: true, options: GROUP_KINDS, vocab: 'kind' },
    { name: 'purpose', type: 'textarea' },
    { name: 'requiredPerspectives', type: 'enumList', options: PERSPECTIVES, vocab: 'value' },
    { name: 'meets', type: 'text' },
    ...validity,
    description,
    ...provenance,
  ],
  Mandate: [
    name,
    { name: 'level', type: 'enum', required: true, options: MANDATE_LEVELS, vocab: 'value' },
    { name: 'scope', type: 'textarea', required: true },
    ...validity,
    description,
    ...provenance,
  ],
  Channel: [
    name,
    { name: 'kind', type: 'enum', required: true, options: CHANNEL_KINDS, vocab: 'kind' },
    { name: 'status', type: 'enum', required: true, options: CHANNEL_STATUSES, vocab: 'value' },
    { name: 'address', type: 'text' },
    { name: 'schedule', type: 'text' },
    { name: 'rules', type: 'textarea' },
    { name: 'supportsAttachments', type: 'boolean' },
    description,
    ...provenance,
  ],
  Agreement: [name, { name: 'shortName', type: 'text' }, ...validity, description, ...provenance],
  Element: [name, { name: 'number', type: 'int', required: true }, description, ...provenance],
  Pathway: [name, { name: 'topics', type: 'textList' }, description, ...provenance],
  Step: [name, { name: 'number', type: 'int', required: true }, description, ...provenance],
};

const period: FieldSpec[] = [
  { name: 'since', type: 'date' },
  { name: 'until', type: 'date' },
];

/** The properties of each relationship type, beyond its two ends. */
export const LINK_FIELDS: Record<RelationType, FieldSpec[]> = {
  PART_OF: [...period, ...provenance],
  IN_CLUSTER: [...period, ...provenance],
  WORKS_IN: [{ name: 'role', type: 'text' }, ...period, ...provenance],
  CONTACT_FOR: [
    { name: 'role', type: 'text' },
    { name: 'topics', type: 'textList' },
    { name: 'pathways', type: 'refList', refLabel: 'Pathway' },
    { name: 'steps', type: 'intList', options: STEP_NUMBERS },
    { name: 'audience', type: 'textList' },
    ...period,
    ...provenance,
  ],
  MEMBER_OF: [
    { name: 'role', type: 'enum', options: MEMBER_ROLES, vocab: 'value' },
    { name: 'represents', type: 'enumList', options: PERSPECTIVES, vocab: 'value' },
    { name: 'onBehalfOf', type: 'ref', refLabel: 'Organisation' },
    ...period,
    ...provenance,
  ],
  REPORTS_TO: [...period, ...provenance],
  ANCHORED_IN: [...period, ...provenance],
  SECRETARIAT_FOR: [...period, ...provenance],
  HOLDS: [...period, ...provenance],
  GRANTED_BY: [{ name: 'decidedOn', type: 'date' }, ...period, ...provenance],
  CONCERNS: [...period, ...provenance],
  PROVIDES: [...period, ...provenance],
  SERVES: [...period, ...provenance],
  HAS_ELEMENT: [...period, ...provenance],
  PARTY_TO: [...period, ...provenance],
  IMPLEMENTS: [...period, ...provenance],
  STATUS: [
    { name: 'level', type: 'enum', required: true, options: STATUS_LEVELS, vocab: 'level' },
    { name: 'asOf', type: 'date', required: true },
    { name: 'note', type: 'textarea' },
    ...period,
    ...provenance,
  ],
  HAS_STEP: [...period, ...provenance],
};
