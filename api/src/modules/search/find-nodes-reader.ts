import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { danishCollator } from '../../domain/danish.js';
import { badInput } from '../../errors.js';
import { probesOf, rankCandidates, wordsOf, type Candidate, type RankedHit } from '../core/forgiving-search.js';
import { MAX_HITS, SEARCHABLE_LABELS } from './search-reader.js';

/** Candidates ranked per request: enough for any sensible text, few enough to rank in a few milliseconds. */
const CANDIDATES = 600;

/**
 * findNodes: the one forgiving search every picker asks (the map, the path's ends, the contact
 * finder, editing). The engine finds candidates by probes (cypher/search/find-candidates), the
 * ranking is decided here (core/forgiving-search.ts). Anonymous visitors find people by title and
 * the organisation they work in only, and see the title in place of the name.
 */
export async function findNodes(
  db: QueryRunner,
  queries: QueryCatalog,
  args: { text: string; first?: number | null; labels?: string[] | null },
  personal: boolean,
): Promise<RankedHit[]> {
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
  const words = wordsOf(args.text);
  if (words.join('').length < 2) {
    throw badInput({ en: '"text" must have at least 2 letters or digits.', da: '"text" skal have mindst 2 bogstaver eller cifre.' }, [
      { field: 'text', message: 'must have at least 2 letters or digits' },
    ]);
  }
  const candidates = await db.run<Candidate>(queries.searchFindCandidates, {
    probes: probesOf(words),
    labels: args.labels?.length ? args.labels : [...SEARCHABLE_LABELS],
    personal,
    limit: CANDIDATES,
  });
  return rankCandidates(candidates, args.text, danishCollator.compare).slice(0, first);
}
