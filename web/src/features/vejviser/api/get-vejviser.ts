import { apiLanguage, getLanguage } from '../../../i18n';
import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import type { Guide } from './types';

const NODE = 'id name kind';
const CHANNEL = 'id name kind status address schedule rules supportsAttachments providedBy { id name }';
const CONTACT = `rank person { id name title email phone } worksIn { ${NODE} } role topics steps channels { ${CHANNEL} } sentence`;
const ROUTE = `rank side sentence organisation { ${NODE} } channel { ${CHANNEL} }`;

export const GET_VEJVISER = /* GraphQL */ `
  query GetVejviser($municipalityId: ID!, $lang: Language) {
    vejviser(municipalityId: $municipalityId, lang: $lang) {
      municipality { ${NODE} }
      cluster { ${NODE} }
      asOf
      intro
      pathways {
        pathway { ${NODE} }
        name nameLanguage
        topics
        steps { id number name nameLanguage description explanation contacts { ${CONTACT} } routes { ${ROUTE} } }
      }
      generalPractice { explanation contacts { ${CONTACT} } routes { ${ROUTE} } }
      units { organisation { ${NODE} } channels { ${CHANNEL} } }
      websites { ${CHANNEL} }
      medcom { sentence channel { ${CHANNEL} } status { level colour note asOf elementNumber } }
    }
  }
`;

export async function getVejviser(municipalityId: string, signal?: AbortSignal): Promise<Guide> {
  // Pathway and step names in the page's language where the data has them.
  const data = await graphqlRequest<{ vejviser: Guide }, { municipalityId: string; lang: 'DA' | 'EN' }>(
    GET_VEJVISER,
    { municipalityId, lang: apiLanguage() },
    signal,
  );
  return data.vejviser;
}

/** The printable guide's data for one municipality. */
export function useVejviser(municipalityId: string | null) {
  return useAsync(municipalityId && `${municipalityId}|${getLanguage()}`, (signal) => getVejviser(municipalityId!, signal));
}
