import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

export interface OrganisationLink {
  relation: string;
  organisation: { id: string; name: string; kind: string; sector: string };
}

export interface OrganisationRelations {
  id: string;
  name: string;
  parents: OrganisationLink[];
  children: OrganisationLink[];
}

export const GET_ORGANISATION = /* GraphQL */ `
  query GetOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      parents { relation organisation { id name kind sector } }
      children { relation organisation { id name kind sector } }
    }
  }
`;

export async function getOrganisation(id: string, signal?: AbortSignal): Promise<OrganisationRelations | null> {
  const data = await graphqlRequest<{ organisation: OrganisationRelations | null }>(GET_ORGANISATION, { id }, signal);
  return data.organisation;
}

/** The parents and children of one organisation; `id` null loads nothing. */
export function useOrganisation(id: string | null) {
  return useAsync(id, (signal) => getOrganisation(id!, signal));
}
