import { useEffect, useState } from 'react';
import { graphqlRequest } from './graphql-client';

/** One hit of the API's forgiving search (findNodes), the same for every picker. */
export interface NodeHit {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  parentName: string | null;
  score: number;
}

export const FIND_NODES = /* GraphQL */ `
  query FindNodes($text: String!, $first: Int, $labels: [SearchLabel!]) {
    findNodes(text: $text, first: $first, labels: $labels) { id label name kind sector parentName score }
  }
`;

export async function findNodes(text: string, options: { first?: number; labels?: string[] }, signal?: AbortSignal): Promise<NodeHit[]> {
  const data = await graphqlRequest<{ findNodes: NodeHit[] }>(FIND_NODES, { text, first: options.first ?? 20, labels: options.labels ?? null }, signal);
  return data.findNodes;
}

/** Wait this long after the last keystroke before asking. */
const DELAY_MS = 120;

/**
 * The forgiving search's answer for `text` as the user types (debounced; an older request is
 * aborted). Null until an answer for some text has arrived; `text` says which text it is for,
 * so a picker can tell a stale answer. Texts under two letters are not asked.
 */
export function useFindNodes(text: string, options: { first?: number; labels?: string[] } = {}): { text: string; hits: NodeHit[] } | null {
  const [answer, setAnswer] = useState<{ text: string; hits: NodeHit[] } | null>(null);
  const labels = options.labels?.join(',') ?? '';
  const first = options.first ?? 20;
  useEffect(() => {
    const typed = text.trim();
    if (typed.replace(/\s/g, '').length < 2) {
      setAnswer(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      findNodes(typed, { first, labels: labels ? labels.split(',') : undefined }, controller.signal).then(
        (hits) => {
          if (!controller.signal.aborted) setAnswer({ text: typed, hits });
        },
        () => {
          // A failed search leaves the picker with its own matches; the next keystroke asks again.
        },
      );
    }, DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [text, first, labels]);
  return answer;
}
