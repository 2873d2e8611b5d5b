import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

export interface MunicipalityOption {
  id: string;
  name: string;
  /** The health cluster it belongs to (IN_CLUSTER), for grouping the list. */
  cluster: string | null;
}

export const GET_MUNICIPALITIES = /* GraphQL */ `
  query GetVejviserMunicipalities {
    organisations(filter: { kinds: [MUNICIPALITY] }, first: 500) {
      nodes { id name parents { relation organisation { name } } }
    }
  }
`;

interface Row {
  id: string;
  name: string;
  parents: Array<{ relation: string; organisation: { name: string } }>;
}

export async function getMunicipalities(signal?: AbortSignal): Promise<MunicipalityOption[]> {
  const data = await graphqlRequest<{ organisations: { nodes: Row[] } }>(GET_MUNICIPALITIES, {}, signal);
  return data.organisations.nodes.map((m) => ({
    id: m.id,
    name: m.name,
    cluster: m.parents.find((p) => p.relation === 'IN_CLUSTER')?.organisation.name ?? null,
  }));
}

export function useMunicipalities() {
  return useAsync('vejviser-municipalities', getMunicipalities);
}
