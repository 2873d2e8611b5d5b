import type { NodeLabel } from '../lib/vocabulary';

/** What every write answers: the stored state after it, and the audit entry it made. */
export interface NodeEdit {
  id: string;
  label: NodeLabel;
  version: number;
  properties: Record<string, unknown>;
  change: { id: string };
}

export const NODE_EDIT_FIELDS = 'id label version properties change { id }';
