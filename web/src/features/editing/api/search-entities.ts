import { SEARCHABLE_LABELS, type NodeLabel } from '../lib/vocabulary';
import { graphqlRequest } from '../../../lib/graphql-client';
import { foldText } from '../../../lib/fold-text';

export interface EntityHit {
  id: string;
  label: NodeLabel;
  name: string;
  kind: string | null;
}

// The forgiving search every picker shares (several words, parents, typos).
const SEARCH = /* GraphQL */ `
  query EditSearch($text: String!, $labels: [SearchLabel!]) {
    findNodes(text: $text, first: 20, labels: $labels) { id label name kind }
  }
`;

// Mandates, agreements, elements, pathways and steps are few (tens), and `search` does not
// cover them: list them whole once and filter here. (The edge filter only keeps the server from
// collecting edges nobody asked for; it does not limit the nodes.)
const LIST = /* GraphQL */ `
  query EditList($labels: [NodeLabel!]) {
    graph(filter: { labels: $labels, limit: 5000, relationTypes: [HAS_STEP] }) { nodes { id label name kind } }
  }
`;

const listCache = new Map<string, Promise<EntityHit[]>>();

function listAll(labels: NodeLabel[], signal?: AbortSignal): Promise<EntityHit[]> {
  const key = labels.join(',');
  let hit = listCache.get(key);
  if (!hit) {
    hit = graphqlRequest<{ graph: { nodes: EntityHit[] } }>(LIST, { labels }, signal).then((d) => d.graph.nodes);
    hit.catch(() => listCache.delete(key));
    listCache.set(key, hit);
  }
  return hit;
}

/** Nodes of the labels whose name matches the text, best first; at most 20. */
export async function searchEntities(text: string, labels: readonly NodeLabel[], signal?: AbortSignal): Promise<EntityHit[]> {
  const searchable = labels.filter((l) => SEARCHABLE_LABELS.includes(l));
  const listed = labels.filter((l) => !SEARCHABLE_LABELS.includes(l));
  const hits: EntityHit[] = [];
  if (searchable.length) {
    const data = await graphqlRequest<{ findNodes: EntityHit[] }>(SEARCH, { text, labels: searchable }, signal);
    hits.push(...data.findNodes);
  }
  if (listed.length) {
    const wanted = foldText(text.trim());
    const all = await listAll(listed, signal);
    const matches = all.filter((n) => foldText(n.name).includes(wanted) || n.id.includes(wanted));
    const rank = (n: EntityHit) => (foldText(n.name).startsWith(wanted) ? 0 : 1);
    matches.sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name, 'da'));
    hits.push(...matches.slice(0, 20));
  }
  return hits.slice(0, 20);
}

/** Names by id for a label that is listed whole (pathways, elements …); empty for the searchable ones. */
export async function listedNames(label: NodeLabel): Promise<Map<string, string>> {
  if (SEARCHABLE_LABELS.includes(label)) return new Map();
  return new Map((await listAll([label])).map((n) => [n.id, n.name]));
}

/** After a create or delete the lists are stale. */
export function forgetListedEntities(): void {
  listCache.clear();
}
