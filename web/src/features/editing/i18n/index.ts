import { createTranslator } from '../../../i18n';
import { da, type EditingKey } from './da';
import { en } from './en';

export type { EditingKey } from './da';

/** The editing feature's own text; Danish unless ?lang=en. */
export const te = createTranslator<EditingKey>({ da, en });
