import { NODE_LABELS, RELATIONSHIP_TYPE_NAMES } from '../domain/vocabulary.js';

/** Templates the dataset loader writes with (see their headers): one MERGE statement per label or type. */
export const DATASET_TEMPLATES = {
  mergeNodes: { file: 'seed/merge-nodes', placeholder: '__LABEL__', values: NODE_LABELS },
  mergeRelationships: { file: 'seed/merge-relationships', placeholder: '__TYPE__', values: RELATIONSHIP_TYPE_NAMES },
} as const;
