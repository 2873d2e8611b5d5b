import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import type { ScopeKind } from './types';

export interface ScopeOption {
  id: string;
  name: string;
  kind: Exclude<ScopeKind, 'EVERYTHING'>;
}

export interface ScopeOptions {
  clusters: ScopeOption[];
  municipalities: ScopeOption[];
  groups: ScopeOption[];
}

// 100 is far above the region's 5 clusters, 19 municipalities and ~20 groups.
export const GET_SCOPE_OPTIONS = /* GraphQL */ `
  query GetGapScopeOptions {
    clusters: organisations(filter: { kinds: [CLUSTER] }, first: 100) { nodes { id name } }
    municipalities: organisations(filter: { kinds: [MUNICIPALITY] }, first: 100) { nodes { id name } }
    groups(first: 100) { nodes { id name } }
  }
`;

type Page = { nodes: Array<{ id: string; name: string }> };

export async function getScopeOptions(signal?: AbortSignal): Promise<ScopeOptions> {
  const data = await graphqlRequest<{ clusters: Page; municipalities: Page; groups: Page }>(GET_SCOPE_OPTIONS, {}, signal);
  const as = (page: Page, kind: ScopeOption['kind']) => page.nodes.map((n) => ({ ...n, kind }));
  return { clusters: as(data.clusters, 'CLUSTER'), municipalities: as(data.municipalities, 'MUNICIPALITY'), groups: as(data.groups, 'GROUP') };
}

/** Clusters, municipalities and groups a gap report can be drawn for, in Danish name order. */
export function useScopeOptions() {
  return useAsync('scope-options', getScopeOptions);
}
