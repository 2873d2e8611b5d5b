import { graphqlRequest } from '../../../lib/graphql-client';
import { useAsync } from '../../../lib/use-async';
import { apiLanguage } from '../../../i18n';
import type { NodeRef } from './get-connection';

export type { NodeRef };

/** whatIf(subjectId): what would break without a person, an organisation or a channel, told in the app's language. */
export interface WhatIf {
  subject: NodeRef;
  asOf: string;
  explanation: string;
  removedIds: string[];
  affectedIds: string[];
  contacts: Array<{ organisation: NodeRef; lost: number; sentence: string }>;
  waysIn: Array<{ organisation: NodeRef; sentence: string }>;
  groups: Array<{ group: NodeRef; lostPerspectives: string[]; losesChair: boolean; sentence: string }>;
  bridges: Array<{ hand: NodeRef; sectors: string[]; person: NodeRef | null; sentence: string }>;
  paths: Array<{ from: NodeRef; to: NodeRef; before: number; after: number | null; sentence: string }>;
  total: number;
}

const NODE_REF = 'id label name kind sector';

export const GET_WHAT_IF = /* GraphQL */ `
  query GetWhatIf($subjectId: ID!, $lang: Language) {
    whatIf(subjectId: $subjectId, lang: $lang) {
      subject { ${NODE_REF} }
      asOf explanation removedIds affectedIds total
      contacts { organisation { ${NODE_REF} } lost sentence }
      waysIn { organisation { ${NODE_REF} } sentence }
      groups { group { ${NODE_REF} } lostPerspectives losesChair sentence }
      bridges { hand { ${NODE_REF} } sectors person { ${NODE_REF} } sentence }
      paths { from { ${NODE_REF} } to { ${NODE_REF} } before after sentence }
    }
  }
`;

export async function getWhatIf(subjectId: string, signal?: AbortSignal): Promise<WhatIf> {
  // The sentences come in the app's language (names and people's titles are Danish content).
  return (await graphqlRequest<{ whatIf: WhatIf }>(GET_WHAT_IF, { subjectId, lang: apiLanguage() }, signal)).whatIf;
}

/** Nothing is loaded while `subjectId` is null. */
export function useWhatIf(subjectId: string | null) {
  return useAsync(subjectId && `${subjectId}|${apiLanguage()}`, (signal) => getWhatIf(subjectId!, signal));
}
