import type { FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/** Which of the picture's elements a query asks the stored properties of. */
export interface PropertiesAsked {
  nodes: boolean;
  edges: boolean;
}

/**
 * Whether a graph query selects `properties` on its `nodes` and on its `edges` (through
 * fragments and aliases too). Unlike a page of people, whose look-ahead only decides what is
 * read ahead, a `false` here means the answer is read without the properties, so every doubt
 * counts as asked: an unknown fragment, and a field under @skip or @include (read, maybe not
 * shown). The same walk as person/page-selection.ts, for two fields and that rule.
 */
export function propertiesAsked(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): PropertiesAsked {
  const fragments = info.fragments ?? {};
  const asked = (field: string) =>
    info.fieldNodes.some(
      (f) => f.selectionSet !== undefined && fieldsNamed(f.selectionSet, field, fragments).some((set) => selectsProperties(set, fragments, new Set())),
    );
  return { nodes: asked('nodes'), edges: asked('edges') };
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

function selectsProperties(set: SelectionSetNode, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): boolean {
  return set.selections.some((s) => {
    if (s.kind === 'Field') return s.name.value === 'properties';
    if (s.kind === 'InlineFragment') return selectsProperties(s.selectionSet, fragments, seen);
    const fragment = fragments[s.name.value];
    if (!fragment) return true;
    if (seen.has(s.name.value)) return false;
    return selectsProperties(fragment.selectionSet, fragments, new Set(seen).add(s.name.value));
  });
}
