/**
 * The closed vocabularies the forms offer, mirroring api/src/domain/vocabulary.ts (the API
 * validates every value again, so a list that falls behind shows up as an inline error, never
 * as bad data).
 */
export const NODE_LABELS = ['Organisation', 'Person', 'Group', 'Mandate', 'Channel', 'Agreement', 'Element', 'Pathway', 'Step'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];
export const isNodeLabel = (value: string): value is NodeLabel => (NODE_LABELS as readonly string[]).includes(value);

export const ORGANISATION_KINDS = [
  'REGION', 'HOSPITAL', 'HOSPITAL_DEPARTMENT', 'MUNICIPALITY', 'MUNICIPAL_UNIT', 'GP_PRACTICE',
  'GP_ORGANISATION', 'CLUSTER', 'NATIONAL_BODY', 'PRIVATE_SPECIALIST',
] as const;
export const SECTORS = ['REGION', 'GENERAL_PRACTICE', 'MUNICIPALITY', 'NATIONAL'] as const;
export const GROUP_KINDS = [
  'IMPLEMENTATION_GROUP', 'STEERING_GROUP', 'CLUSTER_STEERING_GROUP', 'COMMITTEE', 'COUNCIL',
  'SECRETARIAT', 'WORKING_GROUP', 'NETWORK',
] as const;
export const MEMBER_ROLES = ['CHAIR', 'MEMBER', 'SECRETARY', 'OBSERVER'] as const;
export const MANDATE_LEVELS = ['DECIDE', 'RECOMMEND', 'ADVISE', 'INFORM'] as const;
export const CHANNEL_KINDS = [
  'MEDCOM_CORRESPONDENCE', 'PHONE_LINE', 'SECURE_EMAIL', 'VIRTUAL_MEETING', 'MEETING', 'WEBSITE',
  'ADVISORY_SERVICE', 'REFERRAL',
] as const;
export const CHANNEL_STATUSES = ['ESTABLISHED', 'IN_PROGRESS', 'PLANNED'] as const;
export const STATUS_LEVELS = ['GREEN', 'YELLOW', 'RED', 'BLUE'] as const;
export const PERSPECTIVES = [
  'PSYCHIATRY', 'SOMATICS', 'GENERAL_PRACTICE', 'HEALTH_VISITING', 'PPR', 'FAMILY_SOCIAL', 'SCHOOL',
  'YOUTH_GUIDANCE', 'DAYCARE', 'MUNICIPAL_TREATMENT', 'MANAGEMENT',
] as const;
export const STEP_NUMBERS = ['1', '2', '3', '4'] as const;

/** Relationship types with the labels allowed at each end. */
export const RELATIONSHIP_TYPES = {
  PART_OF: { from: ['Organisation'], to: ['Organisation'] },
  IN_CLUSTER: { from: ['Organisation'], to: ['Organisation'] },
  WORKS_IN: { from: ['Person'], to: ['Organisation'] },
  CONTACT_FOR: { from: ['Person'], to: ['Organisation'] },
  MEMBER_OF: { from: ['Person'], to: ['Group'] },
  REPORTS_TO: { from: ['Group'], to: ['Group'] },
  ANCHORED_IN: { from: ['Group'], to: ['Organisation'] },
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
export type RelationType = keyof typeof RELATIONSHIP_TYPES;
export const RELATION_TYPES = Object.keys(RELATIONSHIP_TYPES) as RelationType[];

/** The labels `search` can find; the others are few enough to list whole. */
export const SEARCHABLE_LABELS: readonly NodeLabel[] = ['Organisation', 'Person', 'Group', 'Channel'];

/** What the store keeps for itself; never shown as a form field or a change. */
export const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version', 'sourceHash']);
