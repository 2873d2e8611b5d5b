import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';

/** Statements of export and import: key → file under cypher/ (without `.cypher`). */
export const TRANSFER_QUERIES = {
  exportNodes: 'transfer/export-nodes',
  exportRelationships: 'transfer/export-relationships',
  exportChanges: 'transfer/export-changes',
  exportFollowUps: 'transfer/export-follow-ups',
  restoreFollowUps: 'transfer/restore-follow-ups',
  restoreChanges: 'transfer/restore-changes',
  nodesByLabel: 'transfer/nodes-by-label',
  deletedIds: 'transfer/deleted-ids',
} as const;

/** Templates over an allow-list (see their headers): one statement per label or type. */
export const TRANSFER_TEMPLATES = {
  restoreNodes: { file: 'transfer/restore-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  restoreRelationships: { file: 'transfer/restore-relationships', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
  namedNodes: { file: 'transfer/named-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  linksBetween: { file: 'transfer/links-between', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
} as const;
