import { useMemo } from 'react';
import { useFindNodes } from '../../../lib/find-nodes';
import { matchNodes } from '../lib/match-nodes';
import type { GraphNode } from '../types';

/**
 * The map's pickers (search, the path's ends): the API's forgiving search first (several words,
 * parents, typos; the same answer the contact finder and editing get), then the nodes it does
 * not cover (agreements, pathways …) that contain the text. Until the API has answered this
 * text, the local matches alone, so typing and Enter never wait for the network.
 */
export function useNodeMatches(nodes: readonly GraphNode[], query: string): GraphNode[] {
  const local = useMemo(() => matchNodes(nodes, query), [nodes, query]);
  const answer = useFindNodes(query, { first: 50 });
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  return useMemo(() => {
    if (!answer || answer.text !== query.trim()) return local;
    const found = answer.hits.map((h) => byId.get(h.id)).filter((n): n is GraphNode => n !== undefined);
    const seen = new Set(found.map((n) => n.id));
    return [...found, ...local.filter((n) => !seen.has(n.id))];
  }, [answer, query, local, byId]);
}
