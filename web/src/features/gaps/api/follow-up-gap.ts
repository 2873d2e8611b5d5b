import { graphqlRequest } from '../../../lib/graphql-client';

export interface FollowUpInput {
  key: string;
  state: 'ACKNOWLEDGED' | 'ASSIGNED';
  assignee?: string | null;
  dueDate?: string | null;
  note?: string | null;
  /** The follow-up's version read; absent for the first. */
  version?: number | null;
}

const FOLLOW_UP = /* GraphQL */ `
  mutation FollowUpGap($input: GapFollowUpInput!) {
    followUpGap(input: $input) { key status }
  }
`;

const REOPEN = /* GraphQL */ `
  mutation ReopenGap($key: ID!, $version: Int!) {
    reopenGap(key: $key, version: $version) { key status }
  }
`;

export async function followUpGap(input: FollowUpInput): Promise<void> {
  await graphqlRequest(FOLLOW_UP, { input });
}

export async function reopenGap(key: string, version: number): Promise<void> {
  await graphqlRequest(REOPEN, { key, version });
}
