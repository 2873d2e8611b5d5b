import { tVocab } from '../../../i18n';
import type { MapNodeData } from './to-elements';
import { labelTierOf, labelWidth, MEETING_TIER } from './visual-encoding';

/** Detail that the overview draws as one node per cluster and column until it is opened. */
const BUNDLED_LABELS = new Set(['Channel', 'Person', 'Mandate', 'Element', 'Step']);
const BUNDLED_KINDS = new Set(['GP_PRACTICE', 'MUNICIPAL_UNIT', 'PRIVATE_SPECIALIST']);
/** Fewer than this are drawn one by one. */
const MIN_BUNDLE = 3;
export const BUNDLE_PREFIX = 'bundle:';

const bundleable = (n: MapNodeData) => (n.label === 'Organisation' ? BUNDLED_KINDS.has(n.kind) : BUNDLED_LABELS.has(n.label));

/** The bundle a node goes into: its frame, column, label and kind. */
export const bundleKeyOf = (n: Pick<MapNodeData, 'frame' | 'band' | 'label' | 'kind'>): string => `${n.frame ?? ''}|${n.band}|${n.label}|${n.kind}`;

/**
 * The overview's level of detail: GP practices, channels, units, people of one kind in one
 * cluster and column become one node ("12 × Lægepraksis"), which a click opens. Nodes in
 * `keep` (the selection, a path's nodes) and context nodes are never bundled, nor are bundles
 * whose key is in `opened`. Returns the nodes to draw and, per bundled node, its bundle's id.
 */
export function bundleNodes(
  nodes: readonly MapNodeData[],
  keep: ReadonlySet<string>,
  opened: ReadonlySet<string>,
): { nodes: MapNodeData[]; bundleOf: Map<string, string> } {
  const groups = new Map<string, MapNodeData[]>();
  for (const n of nodes) {
    if (n.context || keep.has(n.id) || !bundleable(n)) continue;
    const key = bundleKeyOf(n);
    if (opened.has(key)) continue;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(n);
  }
  const bundleOf = new Map<string, string>();
  const bundles: MapNodeData[] = [];
  for (const [key, members] of groups) {
    if (members.length < MIN_BUNDLE) continue;
    const first = members[0]!;
    const id = BUNDLE_PREFIX + key;
    for (const m of members) bundleOf.set(m.id, id);
    const what = first.kind ? tVocab('kind', first.kind) : tVocab('label', first.label);
    const name = `${members.length} × ${what}`;
    const tier = labelTierOf(first.label, first.kind || null).tier < MEETING_TIER.tier ? labelTierOf(first.label, first.kind || null) : MEETING_TIER;
    const data: MapNodeData = {
      ...first,
      id,
      name,
      display: name,
      size: first.size + 12,
      tier: tier.tier,
      fontSize: tier.fontSize,
      fontWeight: tier.bold ? 'bold' : 'normal',
      labelWidth: labelWidth(name, tier),
      bundle: key,
      count: members.length,
      // Sorted with its first member.
      order: members.map((m) => m.order).sort()[0]!,
    };
    bundles.push(data);
  }
  return { nodes: [...nodes.filter((n) => !bundleOf.has(n.id)), ...bundles], bundleOf };
}
