/**
 * The map's address with `id` selected. The map (features/graph/lib/view-state.ts) reads the
 * selection from `valgt` and pans to it; a node its default filters hide (a person, a mandate)
 * is still drawn while it is selected. Kept here because features do not import each other.
 */
export function mapHref(id: string): string {
  return `/?${new URLSearchParams({ valgt: id }).toString()}`;
}
