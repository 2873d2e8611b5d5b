import type { QueryRunner } from '../../db/graph-db.js';
import type { QueryCatalog } from '../../queries.js';
import { danishCollator } from '../../domain/danish.js';
import { municipalityByCode, MUNICIPALITIES } from '../../domain/municipalities.js';
import { ID_PREFIXES } from '../../domain/vocabulary.js';
import { foldText } from '../core/text-fold.js';
import { probesOf, rankCandidates, wordMatch, wordsOf, type Candidate } from '../core/forgiving-search.js';
import type { ReferenceKind } from './sheet-columns.js';

/**
 * A cell that names a node — a person's workplace, an organisation's parent, a membership's
 * person and group — by id ("org:ppr-randers") or by name ("PPR Randers"), with an optional
 * municipality to tell two of the same name apart ("PPR" + "Randers"). Names are looked up with
 * the forgiving search's candidates and word matching (modules/search), so folding (å = aa, case,
 * punctuation) is the same as everywhere else; only a name whose every word is a whole word of
 * one node's own name or short name is taken. Anything less certain is not guessed: a typo or
 * a partial name answers "not found" with the search's best hits as suggestions, several
 * equally good nodes answer "ambiguous" with them listed.
 */
export interface Reference {
  kind: ReferenceKind;
  text: string;
  municipality?: string | undefined;
}

export type Resolution = { id: string } | { problem: 'NOT_FOUND' | 'AMBIGUOUS' | 'UNKNOWN_MUNICIPALITY' | 'TOO_MANY_NAMES'; suggestions: string[] };

/** Distinct names looked up per sheet: a sheet of 10,000 different made-up names costs no more than this. */
export const MAX_NAME_LOOKUPS = 500;
const CANDIDATES = 600;
const SUGGESTIONS = 3;

export const referenceKey = (r: Reference): string => `${r.kind}\u0000${foldText(r.text)}\u0000${foldText(r.municipality ?? '')}`;

/** An id of the right label, as written in an id column: a prefix and no spaces. */
export const looksLikeId = (kind: ReferenceKind, text: string): boolean => text.startsWith(ID_PREFIXES[kind]) && !/\s/.test(text);

/**
 * A municipality cell ("Randers", "randers kommune", "Københavns Kommune" or "730") as the
 * ways a node's names may say it: its short name's words, or its official name's ("Københavns
 * Kommune": the genitive is not the word "København"). Null when it is none of the 98.
 */
function municipalityWords(text: string): string[][] | null {
  const folded = foldText(text);
  const known =
    municipalityByCode(text.trim()) ??
    MUNICIPALITIES.find((m) => [m.name, m.officialName].some((n) => foldText(n) === folded || foldText(n) === `${folded} kommune`));
  return known ? [wordsOf(known.name), wordsOf(known.officialName)] : null;
}

/** How a candidate is shown in a suggestion: its name and, when it has one, what it belongs to. */
function shown(c: { name: string; parentName: string | null }): string {
  return c.parentName && !foldText(c.name).includes(foldText(c.parentName)) ? `${c.name} (${c.parentName})` : c.name;
}

/**
 * Resolves every distinct reference of a sheet: ids against the store (and the sheet's own new
 * ids in `local`), names by the forgiving search: at most MAX_NAME_LOOKUPS distinct names, each
 * one or two candidates statements, shared by names with the same probes.
 */
export async function resolveReferences(
  db: QueryRunner,
  q: QueryCatalog,
  references: readonly Reference[],
  local: { ids: ReadonlySet<string>; names: ReadonlyMap<string, string[]> },
): Promise<Map<string, Resolution>> {
  const out = new Map<string, Resolution>();
  const distinct = new Map(references.map((r) => [referenceKey(r), r]));
  const ids = [...distinct.values()].filter((r) => looksLikeId(r.kind, r.text)).map((r) => r.text);
  const stored = new Map((await db.run<{ id: string; label: string }>(q.existingIds, { ids })).map((r) => [r.id, r.label]));
  let lookups = 0;
  const cache: CandidateCache = new Map();
  for (const [key, ref] of distinct) {
    if (looksLikeId(ref.kind, ref.text)) {
      const found = stored.get(ref.text) === ref.kind || local.ids.has(ref.text);
      out.set(key, found ? { id: ref.text } : { problem: 'NOT_FOUND', suggestions: [] });
      continue;
    }
    const inSheet = local.names.get(foldText(ref.text));
    if (inSheet?.length === 1 && !ref.municipality) {
      out.set(key, { id: inSheet[0]! });
      continue;
    }
    if (++lookups > MAX_NAME_LOOKUPS) {
      out.set(key, { problem: 'TOO_MANY_NAMES', suggestions: [] });
      continue;
    }
    out.set(key, await resolveName(db, q, ref, cache));
  }
  return out;
}

/** Candidates by label and probes, asked once per sheet: "PPR" with each of 98 municipalities is one statement. */
type CandidateCache = Map<string, Promise<Candidate[]>>;

async function resolveName(db: QueryRunner, q: QueryCatalog, ref: Reference, cache: CandidateCache): Promise<Resolution> {
  const places = ref.municipality ? municipalityWords(ref.municipality) : [[]];
  if (places === null) return { problem: 'UNKNOWN_MUNICIPALITY', suggestions: [] };
  const place = places[0]!;
  const words = wordsOf(ref.text);
  if (words.join('').length < 2) return { problem: 'NOT_FOUND', suggestions: [] };
  // Every word of a certain match is whole in the node's text, so its longest word alone finds
  // the candidates, which keeps a common word's many near-hits from crowding it out of the cut.
  const longest = [...words].sort((a, b) => b.length - a.length)[0]!;
  const candidates = await candidatesFor(db, q, cache, ref.kind, [longest]);
  const whole = words.join(' ');
  const ownWords = (c: Candidate) => `${foldText(c.name ?? '')} ${foldText(c.shortName ?? '')}`;
  // In the municipality: its name is a whole word of the node's name or of what it belongs to.
  const inPlace = (c: Candidate) => {
    const belongs = `${ownWords(c)} ${foldText(c.parents.join(' '))}`;
    return places.some((alternative) => alternative.every((w) => wordMatch(w, belongs) === 1));
  };
  const certain = candidates.filter((c) => inPlace(c) && words.every((w) => wordMatch(w, ownWords(c)) === 1));
  const exact = certain.filter((c) => foldText(c.name ?? '') === whole || foldText(c.shortName ?? '') === whole);
  const chosen = exact.length > 0 ? exact : certain;
  if (chosen.length === 1) return { id: chosen[0]!.id };
  const text = [ref.text, ...(ref.municipality ? [municipalityByCode(ref.municipality.trim())?.name ?? ref.municipality] : [])].join(' ');
  // Nothing certain: the search's usual probes (a typo keeps the start or end of a word) for suggestions.
  const pool = chosen.length > 1 ? chosen : await candidatesFor(db, q, cache, ref.kind, probesOf([...words, ...place]));
  const ranked = rankCandidates(pool, text, danishCollator.compare);
  const suggestions = [...new Set(ranked.slice(0, chosen.length > 1 ? 5 : SUGGESTIONS).map(shown))];
  return { problem: chosen.length > 1 ? 'AMBIGUOUS' : 'NOT_FOUND', suggestions };
}

function candidatesFor(db: QueryRunner, q: QueryCatalog, cache: CandidateCache, kind: ReferenceKind, probes: string[]): Promise<Candidate[]> {
  const key = `${kind}|${[...probes].sort().join('|')}`;
  let found = cache.get(key);
  if (!found) {
    found = db.run<Candidate>(q.searchFindCandidates, { probes, labels: [kind], personal: true, limit: CANDIDATES });
    cache.set(key, found);
  }
  return found;
}
