import { tVocab } from '../../../i18n';
import type { HoverTarget } from '../components/hover-card';
import type { GraphIndex } from './build-view';
import { nodeColour } from './visual-encoding';
import { NO_SECTOR } from '../types';
import { tg } from '../i18n';
import type { MapElements } from './to-elements';

/** Which links a hover card names first: the ones that say how the hands meet. */
const RELATION_RANK = [
  'CONTACT_FOR',
  'PROVIDES',
  'SERVES',
  'ANCHORED_IN',
  'PARTY_TO',
  'IMPLEMENTS',
  'REPORTS_TO',
  'MEMBER_OF',
  'SECRETARIAT_FOR',
  'HOLDS',
  'WORKS_IN',
  'PART_OF',
];
const rank = (type: string) => {
  const i = RELATION_RANK.indexOf(type);
  return i === -1 ? RELATION_RANK.length : i;
};
const LINKS = 5;

/** The hover card's content for a node: full name, kind, sector, what it belongs to, its main links. */
export function describeNode(id: string, index: GraphIndex): HoverTarget | null {
  const node = index.nodeById.get(id);
  if (!node) return null;
  const edges = index.edgesByNode.get(id) ?? [];
  const parents: string[] = [];
  // Up the hierarchy: PART_OF, then IN_CLUSTER, at most three steps.
  let at = id;
  for (let step = 0; step < 3; step++) {
    const up = (index.edgesByNode.get(at) ?? []).find((e) => e.source === at && (e.type === 'PART_OF' || e.type === 'IN_CLUSTER'));
    const parent = up ? index.nodeById.get(up.target) : undefined;
    if (!parent) break;
    parents.push(parent.name);
    at = parent.id;
  }
  const sorted = [...edges].filter((e) => e.type !== 'PART_OF' && e.type !== 'IN_CLUSTER').sort((a, b) => rank(a.type) - rank(b.type));
  const links = sorted.slice(0, LINKS).map((e) => {
    const other = index.nodeById.get(e.source === id ? e.target : e.source);
    const relation = tVocab('relation', e.type);
    return e.source === id ? `${relation} → ${other?.name ?? '?'}` : `${other?.name ?? '?'} → ${relation.toLowerCase()}`;
  });
  return {
    name: node.name,
    kind: node.kind ? tVocab('kind', node.kind) : tVocab('label', node.label),
    sector: node.sector ? tVocab('sector', node.sector) : null,
    colour: nodeColour(node.sector ?? NO_SECTOR, node.label),
    parents,
    links,
    more: Math.max(0, sorted.length - LINKS),
  };
}

/** A bundle's card: what it holds, where, and that a click opens it. */
export function describeBundle(id: string, elements: MapElements, index: GraphIndex): HoverTarget | null {
  const bundle = elements.nodes.find((n) => n.id === id);
  if (!bundle) return null;
  const frame = bundle.frame ? index.nodeById.get(bundle.frame)?.name : undefined;
  return {
    name: bundle.name,
    kind: tg('hover.bundle'),
    sector: bundle.sector === NO_SECTOR ? null : tVocab('sector', bundle.sector),
    colour: bundle.colour,
    parents: frame ? [frame] : [],
    links: [],
    more: 0,
  };
}
