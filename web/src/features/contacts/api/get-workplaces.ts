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
 * VISO, a practice), which findContact() gives only as references. The parents come from the
 * municipalities' and hospitals' children: asking every organisation for its parents costs more
 * than the API's query-cost limit allows.
 */
export const GET_WORKPLACES = /* GraphQL */ `
  query GetContactWorkplaces {
    organisations(first: 500) {
      nodes { id name shortName kind locationNumber phone website }
    }
    parents: organisations(filter: { kinds: [MUNICIPALITY, HOSPITAL] }, first: 200) {
      nodes { name children { relation organisation { id } } }
    }
  }
`;

type Row = Omit<Workplace, 'parentName'>;
interface ParentRow {
  name: string;
  children: Array<{ relation: string; organisation: { id: string } }>;
}

export async function getWorkplaces(signal?: AbortSignal): Promise<Workplace[]> {
  const data = await graphqlRequest<{ organisations: { nodes: Row[] }; parents: { nodes: ParentRow[] } }>(GET_WORKPLACES, {}, signal);
  const parentOf = new Map<string, string>();
  for (const p of data.parents.nodes) for (const c of p.children) if (c.relation === 'PART_OF') parentOf.set(c.organisation.id, p.name);
  return data.organisations.nodes.map((org) => ({ ...org, parentName: parentOf.get(org.id) ?? null }));
}

export function useWorkplaces() {
  return useAsync('contact-workplaces', getWorkplaces);
}
