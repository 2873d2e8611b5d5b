/**
 * The domain's closed vocabularies (docs/DESIGN.md, "The domain"). The GraphQL enums, the seed validation and
 * the allow-lists of labels and relationship types all derive from these lists.
 */
export const ORGANISATION_KINDS = [
  'REGION',
  'HOSPITAL',
  'HOSPITAL_DEPARTMENT',
  'MUNICIPALITY',
  'MUNICIPAL_UNIT',
  'GP_PRACTICE',
  'GP_ORGANISATION',
  'CLUSTER',
  'NATIONAL_BODY',
  'PRIVATE_SPECIALIST',
] as const;
export const SECTORS = ['REGION', 'GENERAL_PRACTICE', 'MUNICIPALITY', 'NATIONAL'] as const;
export const GROUP_KINDS = [
  'IMPLEMENTATION_GROUP',
  'STEERING_GROUP',
  'CLUSTER_STEERING_GROUP',
  'COMMITTEE',
  'COUNCIL',
  'SECRETARIAT',
  'WORKING_GROUP',
  'NETWORK',
] as const;
export const MEMBER_ROLES = ['CHAIR', 'MEMBER', 'SECRETARY', 'OBSERVER'] as const;
export const MANDATE_LEVELS = ['DECIDE', 'RECOMMEND', 'ADVISE', 'INFORM'] as const;
export const CHANNEL_KINDS = [
  'MEDCOM_CORRESPONDENCE',
  'PHONE_LINE',
  'SECURE_EMAIL',
  'VIRTUAL_MEETING',
  'MEETING',
  'WEBSITE',
  'ADVISORY_SERVICE',
  'REFERRAL',
] as const;
export const CHANNEL_STATUSES = ['ESTABLISHED', 'IN_PROGRESS', 'PLANNED'] as const;
export const STATUS_LEVELS = ['GREEN', 'YELLOW', 'RED', 'BLUE'] as const;
export const PERSPECTIVES = [
  'PSYCHIATRY',
  'SOMATICS',
  'GENERAL_PRACTICE',
  'HEALTH_VISITING',
  'PPR',
  'FAMILY_SOCIAL',
  'SCHOOL',
  'YOUTH_GUIDANCE',
  'DAYCARE',
  'MUNICIPAL_TREATMENT',
  'MANAGEMENT',
] as const;

/** Node labels the loader and the API may write; never taken from input. */
export const NODE_LABELS = ['Organisation', 'Person', 'Group', 'Mandate', 'Channel', 'Agreement', 'Element', 'Pathway', 'Step'] as const;

/** Every id starts with its kind, so an id alone says what it names ("org:bua", "rel:…"). */
export const ID_PREFIXES = {
  Organisation: 'org:',
  Person: 'person:',
  Group: 'group:',
  Mandate: 'mandate:',
  Channel: 'channel:',
  Agreement: 'agreement:',
  Element: 'element:',
  Pathway: 'pathway:',
  Step: 'step:',
} as const satisfies Record<(typeof NODE_LABELS)[number], string>;
export const RELATIONSHIP_ID_PREFIX = 'rel:';

/** The sectors an organisation of each kind may belong to. */
export const SECTORS_BY_KIND = {
  REGION: ['REGION'],
  HOSPITAL: ['REGION'],
  HOSPITAL_DEPARTMENT: ['REGION'],
  MUNICIPALITY: ['MUNICIPALITY'],
  MUNICIPAL_UNIT: ['MUNICIPALITY'],
  GP_PRACTICE: ['GENERAL_PRACTICE'],
  GP_ORGANISATION: ['GENERAL_PRACTICE'],
  // A health cluster is the region's and its municipalities' joint forum; the region hosts it.
  CLUSTER: ['REGION', 'MUNICIPALITY'],
  NATIONAL_BODY: ['NATIONAL'],
  // Private practising specialists work under the practice agreements, like GPs.
  PRIVATE_SPECIALIST: ['GENERAL_PRACTICE', 'REGION'],
} as const satisfies Record<(typeof ORGANISATION_KINDS)[number], ReadonlyArray<(typeof SECTORS)[number]>>;

/** Relationship types with the labels allowed at each end. */
export const RELATIONSHIP_TYPES = {
  PART_OF: { from: ['Organisation'], to: ['Organisation'] },
  IN_CLUSTER: { from: ['Organisation'], to: ['Organisation'] },
  WORKS_IN: { from: ['Person'], to: ['Organisation'] },
  CONTACT_FOR: { from: ['Person'], to: ['Organisation'] },
  MEMBER_OF: { from: ['Person'], to: ['Group'] },
  REPORTS_TO: { from: ['Group'], to: ['Group'] },
  ANCHORED_IN: { from: ['Group'], to: ['Organisation'] },
  // An organisation that services a group, or a group of kind SECRETARIAT that does (004).
  SECRETARIAT_FOR: { from: ['Organisation', 'Group'], to: ['Group'] },
  HOLDS: { from: ['Group', 'Person'], to: ['Mandate'] },
  GRANTED_BY: { from: ['Mandate'], to: ['Group'] },
  CONCERNS: { from: ['Mandate'], to: ['Agreement', 'Element', 'Pathway'] },
  PROVIDES: { from: ['Organisation'], to: ['Channel'] },
  SERVES: { from: ['Channel'], to: ['Organisation'] },
  HAS_ELEMENT: { from: ['Agreement'], to: ['Element'] },
  PARTY_TO: { from: ['Organisation'], to: ['Agreement'] },
  IMPLEMENTS: { from: ['Group'], to: ['Agreement', 'Element'] },
  STATUS: { from: ['Organisation'], to: ['Element'] },
  HAS_STEP: { from: ['Pathway'], to: ['Step'] },
} as const satisfies Record<string, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }>;

export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export type Sector = (typeof SECTORS)[number];
export type Perspective = (typeof PERSPECTIVES)[number];
export type GroupKind = (typeof GROUP_KINDS)[number];
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export type StatusLevel = (typeof STATUS_LEVELS)[number];
export type MandateLevel = (typeof MANDATE_LEVELS)[number];
export type NodeLabel = (typeof NODE_LABELS)[number];
export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
