import { getLanguage } from '../../../i18n';

/** "24. november 2026" from "2026-11-24", in the UI language; the raw text when it is no date. */
export function formatDate(isoDay: string): string {
  const date = new Date(`${isoDay}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(getLanguage() === 'en' ? 'en-GB' : 'da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}
