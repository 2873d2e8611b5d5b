import { createTranslator } from '../../../i18n';
import { da } from './da';
import { en } from './en';

export type { StatusMessageKey } from './da';

/** The status feature's texts; Danish is the fallback. */
export const tst = createTranslator({ da, en });
