import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { apiLanguage } from '../../../i18n';
import type { ContactAnswer, ContactSide } from './types';

const NODE = 'id label name kind';
const CHANNEL = `id name kind status address schedule rules providedBy { ${NODE} }`;

export const FIND_CONTACT = /* GraphQL */ `
  query FindContact($organisationId: ID!, $pathwayId: ID, $topic: String, $step: Int, $side: ContactSide, $lang: Language) {
    findContact(organisationId: $organisationId, pathwayId: $pathwayId, topic: $topic, step: $step, side: $side, lang: $lang, first: 10) {
      from { ${NODE} }
      municipality { ${NODE} }
      pathway { ${NODE} }
      step
      topic
      fallbackUsed
      explanation
      lead { kind who what why text mailSubject lines { kind label value href } }
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
        rank primary side score reasons sentence
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
  side: ContactSide | null;
}

export async function findContact(question: ContactQuestion, signal?: AbortSignal): Promise<ContactAnswer> {
  // The sentences come in the app's language (names, roles and topics are Danish content).
  const variables = { ...question, lang: apiLanguage() };
  const data = await graphqlRequest<{ findContact: ContactAnswer }, typeof variables>(FIND_CONTACT, variables, signal);
  return data.findContact;
}

/** The ranked answer for a question; idle until a workplace is chosen. */
export function useFindContact(question: ContactQuestion | null) {
  const key = question ? JSON.stringify({ ...question, lang: apiLanguage() }) : null;
  return useAsync(key, (signal) => findContact(question!, signal));
}
