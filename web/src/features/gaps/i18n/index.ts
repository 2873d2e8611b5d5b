import { createTranslator } from '../../../i18n';
import { da } from './da';
import { en } from './en';

export type { GapsMessageKey } from './da';

/** The gaps feature's texts; Danish is the fallback. */
export const tgap = createTranslator({ da, en });

/** For keys built from data (`severity.${s}`); unknown values fall back to the raw value. */
export function tgapOptional(key: string, fallback: string): string {
  return key in da ? tgap(key as keyof typeof da) : fallback;
}
