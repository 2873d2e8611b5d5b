/**
 * Text for matching typed searches in the browser: lower case, no accents, and æ/ø/å spelled the
 * way people type them without a Danish keyboard ("aarhus" finds "Århus", "soe" finds "Samsø").
 *
 * Composed first (NFC): "å" pasted from a Mac or a PDF can be "a" + a combining ring, which
 * would otherwise lose its ring below and fold to "a" instead of "aa". One function for every
 * screen: the editing picker had its own copy, which decomposed before replacing å, so "aarhus"
 * did not find "Århus" there.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('da')
    .replace(/å/g, 'aa')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Every word typed appears somewhere in the text (in any order). */
export function matchesAll(haystack: string, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const text = foldText(haystack);
  return words.every((w) => text.includes(w));
}
