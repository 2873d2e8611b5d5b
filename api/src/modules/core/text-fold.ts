/**
 * Text folding shared by the API and the engine. The small lists (organisations, groups,
 * channels, ...) fold at query time: Cypher lower-cases a field and then applies these pairs in
 * order with `reduce(s = toLower(x), f IN $fold | replace(s, f[0], f[1]))`; TypeScript applies
 * the very same pairs to the user's text with `foldText`. One table, passed to the statements
 * as a parameter, so both sides fold the same way by construction. Search and the people list
 * (tens of thousands of nodes) read keys folded with `foldText`/`danishSortKey` when each node
 * was written instead (api/src/modules/core/search-keys.ts).
 */
export type FoldTable = ReadonlyArray<readonly [string, string]>;

/**
 * For matching: Danish letters to their two-letter spellings (å = aa, æ = ae, ø = oe, so
 * "Århus" and "Aarhus" meet), other diacritics dropped, punctuation to spaces, runs of
 * spaces to one.
 */
export const SEARCH_FOLD: FoldTable = [
  ['å', 'aa'],
  ['æ', 'ae'],
  ['ø', 'oe'],
  ['ä', 'ae'],
  ['ö', 'oe'],
  ['ü', 'u'],
  ['é', 'e'],
  ['è', 'e'],
  ['ê', 'e'],
  ['ë', 'e'],
  ['á', 'a'],
  ['à', 'a'],
  ['â', 'a'],
  ['í', 'i'],
  ['ì', 'i'],
  ['î', 'i'],
  ['ï', 'i'],
  ['ó', 'o'],
  ['ò', 'o'],
  ['ô', 'o'],
  ['ú', 'u'],
  ['ù', 'u'],
  ['û', 'u'],
  ['ý', 'y'],
  ['ñ', 'n'],
  ['ç', 'c'],
  ['ß', 'ss'],
  ['-', ' '],
  ['–', ' '],
  ['(', ' '],
  [')', ' '],
  ['/', ' '],
  [',', ' '],
  ['.', ' '],
  ['&', ' '],
  [':', ' '],
  ['  ', ' '],
  ['  ', ' '],
  ['  ', ' '],
];

/**
 * For ordering: a key whose plain (code point) order is Danish alphabetical order, so the
 * engine can sort and page large lists. "aa" is å (Aarhus after Åbenrå, as the Danish
 * collator has it); æ/ä, ø/ö and å map to the three characters after "z" ({, |, }); ü sorts
 * as y; é, è and á as e and a. Kept short on purpose: every pair is one more replace() per
 * person per page at national scale (25,000 people: ~10 ms a pair). Differences from the
 * collator that remain: other accented letters sort after z, numbers compare digit by digit
 * ("Enhed 10" before "Enhed 9"), and ties are broken by id.
 */
export const DANISH_SORT_FOLD: FoldTable = [
  ['aa', 'å'],
  ['æ', '{'],
  ['ä', '{'],
  ['ø', '|'],
  ['ö', '|'],
  ['å', '}'],
  ['ü', 'y'],
  ['é', 'e'],
  ['è', 'e'],
  ['á', 'a'],
];

/** The table as a statement parameter: a list of [from, to] pairs. */
export const foldParam = (table: FoldTable): string[][] => table.map(([a, b]) => [a, b]);

function applyFold(text: string, table: FoldTable): string {
  return table.reduce((s, [from, to]) => s.replaceAll(from, to), text.toLowerCase());
}

/**
 * What the engine computes with `trim(reduce(… SEARCH_FOLD …))`, on text in its composed form
 * (NFC): stored text is composed by the domain rules, and a search typed or pasted with
 * decomposed letters ("a" + a combining ring from a Mac or a PDF) must fold to the same key.
 */
export function foldText(text: string): string {
  return applyFold(text.normalize('NFC'), SEARCH_FOLD).trim();
}

/** What the engine computes with `reduce(… DANISH_SORT_FOLD …)`: the people list's order key. */
export function danishSortKey(name: string): string {
  return applyFold(name, DANISH_SORT_FOLD);
}
