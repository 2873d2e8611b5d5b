import { collator } from '../../../lib/collator';
import type { GraphNode } from '../types';

const normalise = (text: string): string => text.normalize('NFC').toLocaleLowerCase('da');

/**
 * Nodes whose name or short name contains the query (case-insensitive). A name or short name
 * equal to it comes first ("BUA" finds the department before the channels named "BUA: …"), then
 * names that start with it, then names with a word that does; within each, Danish name order.
 */
export function matchNodes(nodes: readonly GraphNode[], query: string): GraphNode[] {
  const q = normalise(query.trim());
  if (!q) return [];
  const ranked: Array<{ node: GraphNode; rank: number }> = [];
  for (const node of nodes) {
    const names = [node.name, node.shortName ?? ''].filter(Boolean).map(normalise);
    if (!names.some((n) => n.includes(q))) continue;
    const rank = names.includes(q)
      ? 0
      : names.some((n) => n.startsWith(q))
        ? 1
        : names.some((n) => n.split(/[\s\-–(:,]+/).some((w) => w.startsWith(q)))
          ? 2
          : 3;
    ranked.push({ node, rank });
  }
  ranked.sort((a, b) => a.rank - b.rank || collator.compare(a.node.name, b.node.name));
  return ranked.map((r) => r.node);
}
