import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';

export interface Workplace {
  id: string;
  name: string;
  shortName: string | null;
  kind: string;
  locationNumber: string | null;
  phone: string | null;
  website: string | null;
  /** The municipality (or hospital, PLO …) it is part of, for telling "PPR, Horsens" from "PPR, Randers". */
  parentName: string | null;
}

/**
 * Every organisation with its addresses: the picker offers the kinds one works in, and the
 * cards look up the location number, phone and website of the places they name (BUA's unit,
 * VISO, a practice), which findContact() gives only as references.
 */
export const GET_WORKPLACES = /* GraphQL */ `
  query GetContactWorkplaces {
    organisations(first: 500) {
      nodes {
        id name shortName kind locationNumber phone website
        parents { relation organisation { name } }
      }
    }
  }
`;

interface Row extends Omit<Workplace, 'parentName'> {
  parents: Array<{ relation: string; organisation: { name: string } }>;
}

export async function getWorkplaces(signal?: AbortSignal): Promise<Workplace[]> {
  const data = await graphqlRequest<{ organisations: { nodes: Row[] } }>(GET_WORKPLACES, {}, signal);
  return data.organisations.nodes.map(({ parents, ...org }) => ({
    ...org,
    parentName: parents.find((p) => p.relation === 'PART_OF')?.organisation.name ?? null,
  }));
}

export function useWorkplaces() {
  return useAsync('contact-workplaces', getWorkplaces);
}
