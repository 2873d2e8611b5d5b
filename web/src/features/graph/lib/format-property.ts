import { t, tOptional, tVocab } from '../../../i18n';
import { collator } from '../../../lib/collator';

/** Property order in the details panel: the most useful first, bookkeeping last. */
const ORDER = [
  'shortName',
  'description',
  'purpose',
  'title',
  'profession',
  'status',
  'level',
  'scope',
  'address',
  'schedule',
  'rules',
  'supportsAttachments',
  'number',
  'topics',
  'requiredPerspectives',
  'meets',
  'municipalityCode',
  'locationNumber',
  'phone',
  'email',
  'website',
  'validFrom',
  'validTo',
  'source',
  'sourceDate',
  'inferred',
  'fictitious',
  'id',
  'createdAt',
  'updatedAt',
  'version',
];

/** Shown elsewhere in the panel (heading, type, kind, sector). */
const SHOWN_ABOVE = new Set(['name', 'kind', 'sector', 'label']);

export function propertyEntries(properties: Record<string, unknown>): Array<[string, unknown]> {
  const rank = (key: string) => {
    const i = ORDER.indexOf(key);
    return i === -1 ? ORDER.indexOf('id') - 0.5 : i;
  };
  return Object.entries(properties)
    .filter(([key, value]) => !SHOWN_ABOVE.has(key) && value !== null && value !== undefined && value !== '')
    .sort(([a], [b]) => rank(a) - rank(b) || collator.compare(a, b));
}

export const propertyName = (key: string): string => tVocab('prop', key);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ENUM = /^[A-Z][A-Z0-9_]+$/;

function formatScalar(value: unknown): string {
  if (typeof value === 'boolean') return value ? t('details.yes') : t('details.no');
  if (typeof value === 'number') return value.toLocaleString('da-DK');
  if (typeof value === 'string') {
    if (ISO_DATE.test(value)) {
      const date = new Date(`${value}T00:00:00`);
      return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat('da-DK', { dateStyle: 'long' }).format(date);
    }
    if (ISO_DATE_TIME.test(value)) {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short' }).format(date);
    }
    if (ENUM.test(value)) return tOptional(`value.${value}`) ?? tOptional(`kind.${value}`) ?? value;
    return value;
  }
  return JSON.stringify(value);
}

/** A property value as Danish text: dates, yes/no, known enum values translated, lists joined. */
export function formatProperty(value: unknown): string {
  if (Array.isArray(value)) return value.map(formatScalar).join(', ');
  return formatScalar(value);
}
