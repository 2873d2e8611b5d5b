import { getLanguage } from '../../../i18n';

/** "24. november 2026" from "2026-11-24", in the UI language; the raw text when it is no date. */
export function formatDate(isoDay: string): string {
  const date = new Date(`${isoDay}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDay;
  return new Intl.DateTimeFormat(getLanguage() === 'en' ? 'en-GB' : 'da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A calendar day as YYYY-MM-DD, the only form the API takes. */
export const isIsoDay = (text: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(new Date(`${text}T12:00:00Z`).getTime());

/** The index of the last stop on or before `day` (stops sorted ascending); 0 when it is before all. */
export function stopIndex(stops: readonly string[], day: string): number {
  let index = 0;
  stops.forEach((stop, i) => {
    if (stop <= day) index = i;
  });
  return index;
}
