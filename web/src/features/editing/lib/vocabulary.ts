/**
 * The closed vocabularies the forms offer: the API's own lists (api/src/domain/vocabulary.ts is
 * plain data with no imports, so the bundle takes it as is and the two can never drift).
 */
import { NODE_LABELS, RELATIONSHIP_TYPES, type NodeLabel, type RelationshipType } from '../../../../../api/src/domain/vocabulary';

export {
  NODE_LABELS,
  ORGANISATION_KINDS,
  SECTORS,
  GROUP_KINDS,
  MEMBER_ROLES,
  MANDATE_LEVELS,
  CHANNEL_KINDS,
  CHANNEL_STATUSES,
  STATUS_LEVELS,
  PERSPECTIVES,
  RELATIONSHIP_TYPES,
} from '../../../../../api/src/domain/vocabulary';
export type { NodeLabel } from '../../../../../api/src/domain/vocabulary';

export const isNodeLabel = (value: string): value is NodeLabel => (NODE_LABELS as readonly string[]).includes(value);
export const STEP_NUMBERS = ['1', '2', '3', '4'] as const;

export type RelationType = RelationshipType;
export const RELATION_TYPES = Object.keys(RELATIONSHIP_TYPES) as RelationType[];

/** The labels `search` can find; the others are few enough to list whole. */
export const SEARCHABLE_LABELS: readonly NodeLabel[] = ['Organisation', 'Person', 'Group', 'Channel'];

/** What the store keeps for itself; never shown as a form field or a change. */
export const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version', 'sourceHash']);
