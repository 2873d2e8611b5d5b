import { getLanguage } from '../../../i18n';
import { tv } from '../i18n';

/** "a, b og c" / "a, b and c". */
export function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${tv('list.and')} ${items[items.length - 1]}`;
}

/** A date as the page's language writes it: "6. december 2026" / "6 December 2026". */
export const guideDate = (iso: string) =>
  new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString(getLanguage() === 'en' ? 'en-GB' : 'da-DK', { day: 'numeric', month: 'long', year: 'numeric' });
