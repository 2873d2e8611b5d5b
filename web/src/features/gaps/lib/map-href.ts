import type { GapScope } from '../api/types';

/**
 * The map's address for a finding: the report's scope (a cluster, a municipality, or a group
 * as the focus), the subject selected and the finding's evidence marked (`markeret`: nodes and
 * relationships). The map (features/graph/lib/view-state.ts) reads these; a marked node is drawn
 * whatever the filters say. Kept here because features do not import each other.
 */
export function mapHref(finding: { subject: { id: string }; evidenceIds: readonly string[] }, scope?: GapScope | null): string {
  const params = new URLSearchParams();
  if (scope?.node) {
    if (scope.kind === 'CLUSTER') params.set('klynge', scope.node.id);
    else if (scope.kind === 'MUNICIPALITY') params.set('kommune', scope.node.id);
    else if (scope.kind === 'GROUP') params.set('fokus', scope.node.id);
  }
  params.set('valgt', finding.subject.id);
  const marked = [...new Set(finding.evidenceIds)].sort();
  if (marked.length) params.set('markeret', marked.join(','));
  // Keep the language the user chose.
  const lang = new URLSearchParams(window.location.search).get('lang');
  if (lang) params.set('lang', lang);
  return `/?${params.toString()}`;
}

/** The map's address with one node selected (the map pans to it). */
export function nodeHref(id: string): string {
  return mapHref({ subject: { id }, evidenceIds: [] });
}
