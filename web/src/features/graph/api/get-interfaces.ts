import { apiLanguage } from '../../../i18n';
import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import type { NodeRef } from './get-connection';

export interface InterfaceCounterpart {
  organisation: NodeRef;
  kind: string;
  sentence: string;
  channels: Array<{ channel: { id: string } }>;
  contacts: Array<{ person: { id: string } }>;
  sharedGroups: Array<{ group: { id: string } }>;
}

export interface InterfaceMap {
  explanation: string;
  counterparts: InterfaceCounterpart[];
}

export const GET_INTERFACES = /* GraphQL */ `
  query GetInterfaces($organisationId: ID!, $lang: Language) {
    interfaces(organisationId: $organisationId, lang: $lang) {
      explanation
      counterparts {
        organisation { id label name kind sector }
        kind
        sentence
        channels { channel { id } }
        contacts { person { id } }
        sharedGroups { group { id } }
      }
    }
  }
`;

export async function getInterfaces(organisationId: string, signal?: AbortSignal): Promise<InterfaceMap> {
  // The sentences and the explanation come in the app's language (names are Danish content).
  const data = await graphqlRequest<{ interfaces: InterfaceMap }>(GET_INTERFACES, { organisationId, lang: apiLanguage() }, signal);
  return data.interfaces;
}

/** The organisation's cross-sector links, grouped by counterpart; `id` null loads nothing. */
export function useInterfaces(id: string | null) {
  return useAsync(id === null ? null : `${id}\n${apiLanguage()}`, (signal) => getInterfaces(id!, signal));
}
