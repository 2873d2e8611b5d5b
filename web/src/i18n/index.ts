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
