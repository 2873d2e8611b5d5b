import { createTranslator } from '../../../i18n';
import { da } from './da';
import { en } from './en';

export type { VejviserMessageKey } from './da';

/** The guide's texts; Danish is the fallback. */
export const tv = createTranslator({ da, en });
