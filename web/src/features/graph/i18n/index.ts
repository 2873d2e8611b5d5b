import { createTranslator } from '../../../i18n';
import { da } from './da';
import { en } from './en';

export type { GraphMessageKey } from './da';

/** The map feature's texts; Danish is the fallback. */
export const tg = createTranslator({ da, en });
