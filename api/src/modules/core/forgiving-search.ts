import { foldText } from './text-fold.js';

/**
 * The forgiving search's decisions, apart from the engine: how typed text becomes probes for
 * the candidates statement, and how each candidate is ranked. Several words in any order, each
 * matched against the name, the short name, the kind (in Danish and English words) and the
 * names of what the node belongs to; Danish letters and accents folded (å = aa, æ = ae, ø = oe);
 * one typo forgiven in a word of 4 letters or more, two from 8. Every word must match, and at
 * least one of them the node's own name, title or kind (not only what it belongs to).
 */

/** Words people type for a kind or label, folded: "læge horsens" finds the practices there. */
const KIND_WORDS: Record<string, string> = {
  REGION: 'region',
  HOSPITAL: 'hospital sygehus',
  HOSPITAL_DEPARTMENT: 'afdeling hospitalsafdeling department',
  MUNICIPALITY: 'kommune municipality',
  MUNICIPAL_UNIT: 'kommunal enhed unit',
  GP_PRACTICE: 'laegepraksis laege praksis almen praksis gp practice doctor',
  GP_ORGANISATION: 'praksisorganisation almen praksis plo',
  CLUSTER: 'klynge cluster',
  NATIONAL_BODY: 'national myndighed',
  PRIVATE_SPECIALIST: 'speciallaege specialist praksis',
  PHONE_LINE: 'telefon telefonlinje phone',
  MEDCOM_CORRESPONDENCE: 'medcom korrespondance',
  SECURE_EMAIL: 'sikker mail email',
  VIRTUAL_MEETING: 'virtuelt moede',
  MEETING: 'moede meeting',
  WEBSITE: 'hjemmeside website',
  ADVISORY_SERVICE: 'raadgivning advisory',
  REFERRAL: 'henvisning henvendelse referral',
  IMPLEMENTATION_GROUP: 'implementeringsgruppe gruppe',
  STEERING_GROUP: 'styregruppe gruppe',
  CLUSTER_STEERING_GROUP: 'klyngestyregruppe styregruppe gruppe',
  COMMITTEE: 'udvalg committee',
  COUNCIL: 'raad council',
  SECRETARIAT: 'sekretariat',
  WORKING_GROUP: 'arbejdsgruppe gruppe',
  NETWORK: 'netvaerk network',
};
const LABEL_WORDS: Record<string, string> = { Organisation: 'organisation', Person: 'person', Group: 'gruppe group', Channel: 'kanal channel' };

export interface Candidate {
  id: string;
  label: string;
  /** Null for a person seen by an anonymous visitor. */
  name: string | null;
  shortName: string | null;
  kind: string | null;
  sector: string | null;
  title: string | null;
  parents: string[];
}

export interface RankedHit {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  sector: string | null;
  parentName: string | null;
  score: number;
}

/**
 * Words a search weighs: a name and where it is take a few. Each word is matched against every
 * candidate's fields (with typos: a distance per token), so an outside probe's one word typed 25
 * times, 15 searches to a request, held the main thread 1.4 s per request within its budget.
 */
export const MAX_WORDS = 8;

/** The typed words, folded, each once and at most MAX_WORDS; words of one letter are dropped unless they are all there is. */
export function wordsOf(text: string): string[] {
  const words = [...new Set(foldText(text).split(' ').filter(Boolean))];
  const long = words.filter((w) => w.length > 1);
  return (long.length > 0 ? long : words).slice(0, MAX_WORDS);
}

/**
 * What the candidates statement looks for: the first and the last three letters of each word
 * (a typo in the middle keeps one of them intact), or the whole of a shorter word.
 */
export function probesOf(words: readonly string[]): string[] {
  const probes = new Set<string>();
  for (const w of words) {
    if (w.length <= 3) probes.add(w);
    else {
      probes.add(w.slice(0, 3));
      probes.add(w.slice(-3));
    }
  }
  return [...probes];
}

/**
 * Optimal string alignment distance (Damerau–Levenshtein with adjacent swaps), or `max` + 1 as
 * soon as it must be more than `max`: apart in length by more, or a row of the table whose
 * every cell is over it (a row's minimum never falls further down the table).
 */
export function typoDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  let previousLeast = 0;
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    let least = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[i]![j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      if (d < least) least = d;
    }
    // Not for the first two rows: a swap reads two rows back.
    if (i > 1 && least > max && previousLeast > max) return max + 1;
    previousLeast = least;
  }
  return rows[a.length]![b.length]!;
}

const allowedTypos = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** How well one word matches a folded text: 1 a whole word of it, .85 the start of one, .6 inside one, .45 with a typo, 0 not. */
export function wordMatch(word: string, text: string): number {
  if (!text) return 0;
  const tokens = text.split(' ').filter(Boolean);
  if (tokens.includes(word)) return 1;
  if (tokens.some((t) => t.startsWith(word))) return 0.85;
  if (text.includes(word)) return 0.6;
  const max = allowedTypos(word);
  if (max > 0 && tokens.some((t) => typoDistance(word, t, max) <= max || (t.length > word.length && typoDistance(word, t.slice(0, word.length), max) <= max)))
    return 0.45;
  return 0;
}

/** The fields a word is matched against, with their weights: the node's own names count most. */
function fieldsOf(c: Candidate): Array<{ text: string; weight: number }> {
  return [
    { text: foldText(c.name ?? ''), weight: 1 },
    { text: foldText(c.shortName ?? ''), weight: 1 },
    { text: foldText(c.title ?? ''), weight: 0.8 },
    { text: [KIND_WORDS[c.kind ?? ''] ?? '', LABEL_WORDS[c.label] ?? ''].join(' '), weight: 0.7 },
    { text: foldText(c.parents.join(' ')), weight: 0.6 },
  ];
}

/**
 * The candidates every word matches, best first: the sum over the words of each one's best
 * field match, plus 1 when the whole text is the name or short name and .5 when the name starts
 * with it; ties by Danish name order (`compare`), then id.
 */
export function rankCandidates(candidates: readonly Candidate[], text: string, compare: (a: string, b: string) => number): RankedHit[] {
  const words = wordsOf(text);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  const hits: RankedHit[] = [];
  for (const c of candidates) {
    const fields = fieldsOf(c);
    let score = 0;
    let all = true;
    let own = false;
    for (const w of words) {
      const matches = fields.map((f) => f.weight * wordMatch(w, f.text));
      const best = Math.max(...matches);
      if (best === 0) {
        all = false;
        break;
      }
      // Some word must be about the node itself: "Syddjurs" alone does not list everyone working there.
      if (matches.slice(0, 4).some((m) => m > 0)) own = true;
      score += best;
    }
    if (!all || !own) continue;
    const name = fields[0]!.text;
    if (name === whole || fields[1]!.text === whole) score += 1;
    else if (name.startsWith(whole)) score += 0.5;
    hits.push({
      id: c.id,
      label: c.label,
      name: c.name ?? c.title ?? c.label,
      kind: c.kind,
      sector: c.sector,
      parentName: c.parents.length > 0 ? [...c.parents].sort(compare)[0]! : null,
      score: Math.round(score * 100) / 100,
    });
  }
  return hits.sort((a, b) => b.score - a.score || compare(a.name, b.name) || (a.id < b.id ? -1 : 1));
}
