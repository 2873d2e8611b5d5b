import { graphqlRequest } from '../../../lib/graphql-client';

/** A node's state as the audit trail keeps it. */
export interface RecordedNode {
  label: string;
  props: Record<string, unknown> & { version?: number };
}
/** A relationship's state as the audit trail keeps it. */
export interface RecordedLink {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface ChangeEvent {
  id: string;
  at: string;
  actor: string;
  operation: string;
  entityId: string;
  entityLabel: string;
  before: (RecordedNode & Partial<RecordedLink>) | null;
  after: (RecordedNode & Partial<RecordedLink>) | null;
}

/** The audit trail of a node or relationship, newest first. */
export async function getHistory(entityId: string, signal?: AbortSignal): Promise<ChangeEvent[]> {
  const data = await graphqlRequest<{ history: ChangeEvent[] }>(
    'query History($id: ID!) { history(entityId: $id, first: 100) { id at actor operation entityId entityLabel before after } }',
    { id: entityId },
    signal,
  );
  return data.history;
}
