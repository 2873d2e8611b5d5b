import { tVocab } from '../../../i18n';
import { tg } from '../i18n';
import type { GraphIndex } from './build-view';
import { isHiddenKind, sectorOf } from './to-elements';
import type { EffectiveFilters, ViewState } from './view-state';

/** The part of the view that filters and scopes: what "undo the last filter" puts back. */
export interface FilterState {
  hiddenSectors: ReadonlySet<string>;
  hiddenLabels: ReadonlySet<string>;
  hiddenKinds: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
  cluster: string | null;
  municipality: string | null;
}

export function filterStateOf(view: ViewState, hidden: EffectiveFilters): FilterState {
  return { ...hidden, cluster: view.cluster, municipality: view.municipality };
}

/**
 * Why the map is empty, in words: how many nodes the scope holds and which filters hide them,
 * each with how many it hides ("Uden sektor: 5, Person: 12").
 */
export function emptyReason(view: ViewState, hidden: EffectiveFilters, index: GraphIndex, scopeIds: ReadonlySet<string> | null): string {
  const nodes = [...index.nodeById.values()].filter((n) => !scopeIds || scopeIds.has(n.id));
  const counts = new Map<string, number>();
  const add = (text: string) => counts.set(text, (counts.get(text) ?? 0) + 1);
  for (const n of nodes) {
    if (hidden.hiddenSectors.has(sectorOf(n))) add(tVocab('sector', sectorOf(n)));
    else if (hidden.hiddenLabels.has(n.label)) add(tVocab('label', n.label));
    else if (isHiddenKind(n, hidden.hiddenKinds)) add(tVocab('kind', n.kind!));
  }
  const list = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([text, count]) => `${text}: ${count}`)
    .join(', ');
  const scopeName = view.municipality ?? view.cluster;
  const scope = scopeName ? (index.nodeById.get(scopeName)?.name ?? scopeName) : null;
  if (view.focus) return tg('empty.focus');
  return scope ? tg('empty.scoped', { scope, count: nodes.length, list }) : tg('empty.all', { count: nodes.length, list });
}
