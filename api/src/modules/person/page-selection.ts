import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether a page's query selects any of `fields` on its `nodes` (through fragments too). It
 * only decides what a statement reads ahead: a field it misses is still answered, by its
 * loader, in a statement of its own. Directives (@skip, @include) are not judged: a skipped
 * field counts as selected, which only reads more.
 */
export function selectsOnNodes(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, fields: ReadonlySet<string>): boolean {
  const fragments = info.fragments ?? {};
  const nodesSets = info.fieldNodes.flatMap((f) => (f.selectionSet ? fieldsNamed(f.selectionSet, 'nodes', fragments) : []));
  return nodesSets.some((set) => selects(set, fields, fragments, new Set()));
}

/** The selection sets of the fields called `name` directly in `set` (fragments included). */
function fieldsNamed(set: SelectionSetNode, name: string, fragments: Record<string, FragmentDefinitionNode>, seen = new Set<string>()): SelectionSetNode[] {
  return set.selections.flatMap((s) => {
    if (s.kind === 'Field') return s.name.value === name && s.selectionSet ? [s.selectionSet] : [];
    if (s.kind === 'InlineFragment') return fieldsNamed(s.selectionSet, name, fragments, seen);
    const fragment = fragments[s.name.value];
    if (!fragment || seen.has(s.name.value)) return [];
    return fieldsNamed(fragment.selectionSet, name, fragments, new Set(seen).add(s.name.value));
  });
}

function selects(set: SelectionSetNode, fields: ReadonlySet<string>, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  return set.selections.some((s) => {
    if (s.kind === 'Field') return fields.has(s.name.value);
    if (s.kind === 'InlineFragment') return selects(s.selectionSet, fields, fragments, seen);
    const fragment = fragments[s.name.value];
    // An unknown fragment cannot be judged: reading ahead is the safe guess.
    if (!fragment) return true;
    if (seen.has(s.name.value)) return false;
    return selects(fragment.selectionSet, fields, fragments, new Set(seen).add(s.name.value));
  });
}
