/**
 * The map's address with `id` selected: the map (features/graph/lib/view-state.ts) reads the
 * selection from `valgt`, pans to it and draws it even when its default filters hide its kind
 * (a person). Kept here because features do not import each other.
 */
export function mapHref(id: string): string {
  return `/?${new URLSearchParams({ valgt: id }).toString()}`;
}
