import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../domain/vocabulary.js';

/** Templates the dataset loader writes with (see their headers): one statement per label or type. */
export const DATASET_TEMPLATES = {
  mergeNodes: { file: 'seed/merge-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  mergeRelationships: { file: 'seed/merge-relationships', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
  createNewNodes: { file: 'seed/create-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  createNewRelationships: { file: 'seed/create-relationships', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
  createNewKeys: { file: 'seed/create-keys', placeholder: '__KEY_LABEL__', values: ['PersonKey', 'StructureKey'] },
  anyStoredNode: { file: 'seed/any-node', placeholder: '__LABEL__', values: NODE_LABELS },
  anyStoredRelationship: { file: 'seed/any-relationship', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
} as const;
