import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { danishCollator } from '../../domain/danish.js';
import { badInput } from '../../errors.js';
import { foldText } from '../core/text-fold.js';
import { KEY_FIELD_SEPARATOR } from '../core/search-keys.js';

export const SEARCHABLE_LABELS = ['Organisation', 'Person', 'Group', 'Channel'] as const;
export const MAX_HITS = 50;

export interface SearchHit {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  matchedField: string;
  score: number;
}

interface Row extends SearchHit {
  title: string | null;
}

/**
 * Search in one statement (cypher/search/search-public.cypher for anonymous visitors,
 * search-personal.cypher for signed-in viewers, search.cypher, which reads every key, for a
 * text holding the keys' field separator). The folding (å = aa, æ = ae, ø = oe,
 * diacritics and punctuation away) is one table, SEARCH_FOLD: the API folds the text with it
 * here, and each node's fields were folded with the same table when the node was written
 * (its search key, see core/search-keys.ts), so the two sides cannot drift apart.
 * Ranking and the cut to `first` happen in the engine too, so only the hits travel; ties
 * within a score are re-sorted here with the Danish collator.
 *
 * Anonymous visitors (`personal` false) find people by title and profession only, and see
 * the title in place of the name.
 */
export async function search(
  db: QueryRunner,
  queries: QueryCatalog,
  args: { text: string; first?: number | null; labels?: string[] | null },
  personal: boolean,
): Promise<SearchHit[]> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 1 || first > MAX_HITS) {
    throw badInput({ en: `"first" must be between 1 and ${MAX_HITS}.`, da: `"first" skal være mellem 1 og ${MAX_HITS}.` }, [
      { field: 'first', message: `must be between 1 and ${MAX_HITS}` },
    ]);
  }
  if (args.text.length > 200)
    throw badInput({ en: '"text" must be at most 200 characters.', da: '"text" må højst være 200 tegn.' }, [
      { field: 'text', message: 'must be at most 200 characters' },
    ]);
  const text = foldText(args.text);
  if (text.replace(/ /g, '').length < 2) {
    throw badInput({ en: '"text" must have at least 2 letters or digits.', da: '"text" skal have mindst 2 bogstaver eller cifre.' }, [
      { field: 'text', message: 'must have at least 2 letters or digits' },
    ]);
  }
  // Both read far fewer keys than search/search with the same answer (search/search-public,
  // search/search-personal); a text holding the keys' field separator could match across
  // fields there, so search/search answers it.
  const statement = text.includes(KEY_FIELD_SEPARATOR) ? queries.search : personal ? queries.searchPersonal : queries.searchPublic;
  const rows = await db.run<Row>(statement, {
    text,
    compact: text.replace(/ /g, ''),
    sep: KEY_FIELD_SEPARATOR,
    labels: args.labels?.length ? args.labels : [...SEARCHABLE_LABELS],
    personal,
    limit: first,
  });
  return rows
    .map(({ title, ...hit }) => (hit.label === 'Person' && !personal ? { ...hit, name: title ?? 'Person' } : hit))
    .sort((a, b) => b.score - a.score || danishCollator.compare(a.name ?? '', b.name ?? '') || (a.id < b.id ? -1 : 1));
}
