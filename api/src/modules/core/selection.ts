import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether a query selects any of `fields` on the `under` field of the field being resolved
 * (`nodes` of a page, `edges` of a picture), through aliases, inline fragments and named
 * fragments. A look-ahead for readers that decide what a statement reads. Every doubt counts as
 * selected: an unknown fragment, and a field under @skip or @include (the directives are not
 * judged), so a reader that leaves something out on `false` never leaves out what is asked.
 */
export function selectsUnder(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, under: string, fields: ReadonlySet<string>): boolean {
  const fragments = info.fragments ?? {};
  const sets = info.fieldNodes.flatMap((f) => (f.selectionSet ? fieldsNamed(f.selectionSet, under, fragments) : []));
  return sets.some((set) => selects(set, fields, fragments, new Set()));
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
    if (!fragment) return true;
    if (seen.has(s.name.value)) return false;
    return selects(fragment.selectionSet, fields, fragments, new Set(seen).add(s.name.value));
  });
}
