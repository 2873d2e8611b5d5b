import type { NodeLabel, RelationType } from '../lib/vocabulary';
import { graphqlRequest } from '../../../lib/graphql-client';

export interface EntityNode {
  id: string;
  label: NodeLabel;
  name: string;
  properties: Record<string, unknown>;
}

/** One relationship of the entity, with the node at its other end. */
export interface EntityLink {
  id: string;
  type: RelationType;
  /** out: this entity is the `from` end. */
  direction: 'out' | 'in';
  other: EntityNode;
  properties: Record<string, unknown>;
  /** Relationships from the seed carry no version; the API counts them as version 1. */
  version: number;
}

export interface Entity {
  node: EntityNode;
  version: number;
  links: EntityLink[];
}

interface GraphAnswer {
  graph: {
    nodes: EntityNode[];
    edges: Array<{ id: string; type: RelationType; source: string; target: string; properties: Record<string, unknown> }>;
  };
}

// The focus view one step out gives every stored property (with the version) of the entity, its
// relationships and their other ends, in one request and one read transaction.
const QUERY = /* GraphQL */ `
  query EditEntity($id: ID!) {
    graph(filter: { focusId: $id, depth: 1, limit: 5000 }) {
      nodes { id label name properties }
      edges { id type source target properties }
    }
  }
`;

/** The entity with everything an editor changes; null when no node has the id. */
export async function getEntity(id: string, signal?: AbortSignal): Promise<Entity | null> {
  let data: GraphAnswer;
  try {
    data = await graphqlRequest<GraphAnswer>(QUERY, { id }, signal);
  } catch (err) {
    if ((err as { code?: string }).code === 'NOT_FOUND') return null;
    throw err;
  }
  const byId = new Map(data.graph.nodes.map((n) => [n.id, n]));
  const node = byId.get(id);
  if (!node) return null;
  const links: EntityLink[] = [];
  for (const e of data.graph.edges) {
    if (e.source !== id && e.target !== id) continue;
    const other = byId.get(e.source === id ? e.target : e.source);
    if (!other) continue;
    links.push({
      id: e.id,
      type: e.type,
      direction: e.source === id ? 'out' : 'in',
      other,
      properties: e.properties,
      version: Number(e.properties.version ?? 1),
    });
  }
  return { node, version: Number(node.properties.version ?? 1), links };
}
