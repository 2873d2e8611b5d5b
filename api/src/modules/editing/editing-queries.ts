import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../../domain/vocabulary.js';

/** Statements of editing (the audit trail's are core's): key → file under cypher/ (without `.cypher`). */
export const EDITING_QUERIES = {
  nodeState: 'edit/node-state',
  updateNode: 'edit/update-node',
  replaceNode: 'edit/replace-node',
  deleteNode: 'edit/delete-node',
  relationshipState: 'edit/relationship-state',
  updateRelationship: 'edit/update-relationship',
  deleteRelationship: 'edit/delete-relationship',
} as const;

/** Templates over an allow-list (see their headers): one statement per label or type. */
export const EDITING_TEMPLATES = {
  createNode: { file: 'edit/create-node', placeholder: '__LABEL__', values: NODE_LABELS },
  createRelationship: { file: 'edit/create-relationship', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
  twinNodes: { file: 'edit/twin-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  twinRelationships: { file: 'edit/twin-relationships', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
} as const;
