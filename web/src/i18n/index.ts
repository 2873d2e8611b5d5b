import { da, type MessageKey, type Messages } from './da';
import { en } from './en';

export type { MessageKey } from './da';
export type Language = 'da' | 'en';

const catalogs: Record<Language, Messages> = { da, en };
let current: Language = 'da';

/** Chooses the language for every later `t()` call; re-render the app (e.g. with a new key) after. */
export function setLanguage(language: Language): void {
  current = language;
  document.documentElement.lang = language;
}

/** Where the user's own choice (the header's language switch) is remembered between visits. */
export const LANGUAGE_STORAGE_KEY = 'haenderne.language';
const isLanguage = (value: unknown): value is Language => value === 'da' || value === 'en';

/**
 * The language a page load starts in: `?lang=` of the address when it names one (a shared link
 * says which language it was sent in), else the choice remembered from the language switch, else
 * Danish. Opening a `?lang=en` link does not change what is remembered; only the switch does.
 */
export function initialLanguage(search: string, storage: Pick<Storage, 'getItem'> | null): Language {
  const asked = new URLSearchParams(search).get('lang');
  if (isLanguage(asked)) return asked;
  try {
    const stored = storage?.getItem(LANGUAGE_STORAGE_KEY);
    if (isLanguage(stored)) return stored;
  } catch {
    // Storage can be off (private mode, a policy); the address and Danish still work.
  }
  return 'da';
}

/** Remembers the user's choice for later visits (best effort: storage may be unavailable). */
export function rememberLanguage(language: Language): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // Not remembered; the address still carries the language.
  }
}

/**
 * The same address in `language`: `?lang=en` for English, and `?lang=da` only where Danish must
 * be said outright (over a remembered English); other parameters and the hash are kept.
 */
export function withLanguage(href: string, language: Language, explicitDanish = false): string {
  const url = new URL(href, 'http://x');
  if (language === 'en' || explicitDanish) url.searchParams.set('lang', language);
  else url.searchParams.delete('lang');
  return url.pathname + url.search + url.hash;
}

/** The API's name for a language (enum Language). */
export const apiLanguage = (language: Language = current): 'DA' | 'EN' => (language === 'en' ? 'EN' : 'DA');

export function getLanguage(): Language {
  return current;
}

type Params = Record<string, string | number>;

function fill(text: string, params?: Params): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The UI text for `key` in the current language, with `{placeholders}` filled. */
export function t(key: MessageKey, params?: Params): string {
  return fill(catalogs[current][key] ?? da[key], params);
}

/** For vocabulary that comes from data (`kind.${kind}`): the text, or undefined when unknown. */
export function tOptional(key: string, params?: Params): string | undefined {
  const text = (catalogs[current] as Record<string, string | undefined>)[key];
  return text === undefined ? undefined : fill(text, params);
}

/** Vocabulary text with the raw value as the fallback, so new enum values still show. */
export function tVocab(prefix: 'sector' | 'label' | 'kind' | 'relation' | 'prop' | 'value' | 'level', value: string): string {
  return tOptional(`${prefix}.${value}`) ?? value;
}

/**
 * A translator over a feature's own catalogs (features/<f>/i18n/da.ts and en.ts), so features
 * keep their text beside their code and no two features edit one file. Danish is the fallback.
 */
export function createTranslator<K extends string>(catalogs: { da: Record<K, string>; en: Record<K, string> }) {
  return (key: K, params?: Params): string => fill(catalogs[current][key] ?? catalogs.da[key], params);
}

/** At page load: the language from the address or the remembered choice (see initialLanguage). */
export function startLanguage(): void {
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  setLanguage(initialLanguage(window.location.search, storage));
}
