/**
 * Labels and relationship types the product keeps for itself (accounts, sessions, audit, the
 * derived search keys of api/src/modules/core/search-keys.ts, the follow-ups of gap findings of
 * api/src/modules/gaps/follow-up.ts, the marks of people with several workplaces of
 * api/src/modules/core/gap-finder/several-workplaces.ts). They carry no `Entity`
 * label, so no map, list or search ever shows them.
 */
export const INTERNAL_LABELS = [
  'User',
  'Session',
  'ChangeEvent',
  'SearchKey',
  'PersonKey',
  'StructureKey',
  'PersonBucket',
  'SearchRole',
  'GapAcknowledgement',
  'SeveralWorkplaces',
] as const;
export const INTERNAL_RELATIONSHIP_TYPES = ['SESSION_OF', 'SEARCH_KEY'] as const;
