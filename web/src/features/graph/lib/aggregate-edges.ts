import type { MapEdgeData } from './to-elements';

/** Between the parts of a grouping key (ids may hold any printable character). */
const SEP = '\u0001';
/** Widest an aggregate edge gets, in model pixels. */
const MAX_WIDTH = 9;

/**
 * The overview's edges: those inside one frame, or between two nodes outside every frame, stay
 * as they are; those that leave a frame are drawn as one edge per relation type and far end
 * (a node or another frame), from the frame, as wide as the log of how many it stands for and
 * labelled "×n". A single edge stays itself. Opening the frame (a scope, a focus, a selection)
 * shows them one by one again. `keep` edges are never merged (the selection's, a path's).
 */
export function aggregateEdges(
  edges: readonly MapEdgeData[],
  parentOf: ReadonlyMap<string, string>,
  keep: ReadonlySet<string>,
  /** Node → the bundle it is drawn in (bundles.ts): its edges end there. */
  bundleOf: ReadonlyMap<string, string> = new Map(),
): MapEdgeData[] {
  const kept: MapEdgeData[] = [];
  const groups = new Map<string, MapEdgeData[]>();
  for (const e of edges) {
    const s = bundleOf.get(e.source) ?? e.source;
    const t = bundleOf.get(e.target) ?? e.target;
    if (s === t) continue;
    if (keep.has(e.id) || e.context) {
      kept.push(s === e.source && t === e.target ? e : { ...e, source: s, target: t });
      continue;
    }
    const fs = parentOf.get(e.source);
    const ft = parentOf.get(e.target);
    // Inside one frame (or outside all): between the drawn ends; across frames: between the frames.
    const source = fs === ft ? s : (fs ?? s);
    const target = fs === ft ? t : (ft ?? t);
    if (source === target) continue;
    const key = [e.type, e.level, source, target].join(SEP);
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(e);
  }
  const merged: MapEdgeData[] = [];
  for (const [key, list] of groups) {
    const first = list[0]!;
    if (list.length === 1 && first.source === key.split(SEP)[2] && first.target === key.split(SEP)[3]) {
      merged.push(first);
      continue;
    }
    const [type, level, source, target] = key.split(SEP);
    merged.push({
      ...first,
      id: `agg:${type}:${level}:${source}>${target}`,
      source: source!,
      target: target!,
      count: list.length,
      countLabel: list.length > 1 ? `×${list.length}` : '',
      width: Math.min(MAX_WIDTH, first.width + Math.log2(list.length) * 1.2),
    });
  }
  merged.sort((a, b) => (a.id < b.id ? -1 : 1));
  return [...kept, ...merged];
}
