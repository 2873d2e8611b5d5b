import type { ScopeOption, ScopeOptions } from '../api/get-scope-options';
import type { GapScopeInput } from '../api/types';

/** The address parameter holding the scope's id; no parameter is the whole region. */
export const SCOPE_PARAM = 'scope';

/**
 * The scope input for the id in the address, looked up among the known options so the kind
 * comes from the data, not from the shape of the id. Undefined when the id is unknown.
 */
export function resolveScope(id: string | null, options: ScopeOptions): GapScopeInput | undefined {
  if (!id) return { kind: 'EVERYTHING' };
  const option = findOption(id, options);
  return option && { kind: option.kind, id: option.id };
}

export function findOption(id: string, options: ScopeOptions): ScopeOption | undefined {
  return [...options.clusters, ...options.municipalities, ...options.groups].find((o) => o.id === id);
}
