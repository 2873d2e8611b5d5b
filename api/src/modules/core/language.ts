import type { Props } from './links.js';

/** The languages of the API's texts (enum Language in pathway.graphql). */
export type Language = 'DA' | 'EN';

/**
 * A pathway's or step's name or description in the language asked for. The Danish text is the
 * record; the English one (nameEn, descriptionEn) is optional, and without it the Danish text is
 * answered with language DA, so the caller can mark it as Danish (lang="da") rather than pass it
 * off as English.
 */
export function inLanguage(record: Props, field: 'name' | 'description', lang: Language | null | undefined): { text: string | null; language: Language } {
  const english = record[`${field}En`];
  if (lang === 'EN' && typeof english === 'string' && english.trim()) return { text: english, language: 'EN' };
  const danish = record[field];
  return { text: typeof danish === 'string' ? danish : null, language: 'DA' };
}
