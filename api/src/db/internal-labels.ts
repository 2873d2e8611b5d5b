/**
 * Labels and relationship types the product keeps for itself (accounts, sessions, audit).
 * They carry no `Entity` label, so no map, list or search ever shows them.
 */
export const INTERNAL_LABELS = ['User', 'Session', 'ChangeEvent'] as const;
export const INTERNAL_RELATIONSHIP_TYPES = ['SESSION_OF'] as const;
