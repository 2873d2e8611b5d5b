/**
 * Text for matching typed searches: lower case, no accents, and æ/ø/å spelled the way people
 * type them without a Danish keyboard ("aarhus" finds "Århus", "soe" finds "Samsø").
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
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
