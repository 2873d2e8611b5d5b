import { createTranslator } from '../../../i18n';
import { da } from './da';
import { en } from './en';

export type { ContactsMessageKey } from './da';

/** The contact finder's texts; Danish is the fallback. */
export const tc = createTranslator({ da, en });
