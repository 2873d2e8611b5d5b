import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import type { ContactAnswer } from './types';

const NODE = 'id label name kind';
const CHANNEL = `id name kind status address schedule rules providedBy { ${NODE} }`;

export const FIND_CONTACT = /* GraphQL */ `
  query FindContact($organisationId: ID!, $pathwayId: ID, $topic: String, $step: Int) {
    findContact(organisationId: $organisationId, pathwayId: $pathwayId, topic: $topic, step: $step, first: 10) {
      from { ${NODE} }
      municipality { ${NODE} }
      pathway { ${NODE} }
      step
      topic
      fallbackUsed
      explanation
      contacts {
        id
        rank
        confirmation { confirmedAt ageDays }
        person { id name title profession email phone }
        worksIn { ${NODE} }
        contactFor { ${NODE} }
        role topics audience steps since until
        pathways { ${NODE} }
        channels { ${CHANNEL} }
        fit { score }
        reasons
        sentence
      }
      routes {
        rank side score reasons sentence
        organisation { ${NODE} }
        channel { ${CHANNEL} }
      }
    }
  }
`;

export interface ContactQuestion {
  organisationId: string;
  pathwayId: string | null;
  topic: string | null;
  step: number | null;
}

export async function findContact(question: ContactQuestion, signal?: AbortSignal): Promise<ContactAnswer> {
  const data = await graphqlRequest<{ findContact: ContactAnswer }, ContactQuestion>(FIND_CONTACT, question, signal);
  return data.findContact;
}

/** The ranked answer for a question; idle until a workplace is chosen. */
export function useFindContact(question: ContactQuestion | null) {
  const key = question ? JSON.stringify(question) : null;
  return useAsync(key, (signal) => findContact(question!, signal));
}
