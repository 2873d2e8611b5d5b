/**
 * Dates and phone numbers as Danes type them, turned into the one form the store keeps.
 * Pure functions, shared by the domain schemas (records.ts: every edit, import and seed) and
 * the web app's forms, so a value the form accepts is a value the API accepts.
 */

const DANISH_MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

function isoDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * A calendar day typed the ISO way ("2026-12-06") or a Danish way: "6.12.2026", "06-12-2026",
 * "6/12 2026", "6/12-2026", "6. december 2026", "6. dec. 2026". Day before month, always; a
 * four-digit year, because "6.12.26" could be 1926 or 2026. Null when it is no real day.
 */
export function parseDanishDate(text: string): string | null {
  const s = text.trim().toLowerCase().replace(/\s+/g, ' ');
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{1,2}) ?[.\-/] ?(\d{1,2}) ?[.\-/ ] ?(\d{4})$/.exec(s);
  if (m) return isoDay(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\.? ([a-zæøå]+)\.? (\d{4})$/.exec(s);
  if (m) {
    const word = m[2]!;
    const month = DANISH_MONTHS.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
    if (month >= 0) return isoDay(Number(m[3]), month + 1, Number(m[1]));
  }
  return null;
}

/**
 * A phone number in the one form the store keeps and every screen shows: a Danish number as
 * "+45 12 34 56 78", a foreign one as "+" and its digits ("+46812345678"). Accepted as typed:
 * "+45 12 34 56 78", "12 34 56 78", "12345678", "+4512345678", "0045 12 34 56 78", digit groups
 * separated by spaces, "-" or "." (one separator between groups). Null when it is no phone
 * number: letters, too few or too many digits, a Danish number not of 8 digits or starting with 0.
 */
export function normalisePhone(text: string): string | null {
  const s = text.trim().replace(/ +/g, ' ');
  if (!/^\+?\d+([ .-]\d+)*$/.test(s)) return null;
  let digits = s.replace(/[ .-]/g, '');
  let international = false;
  if (digits.startsWith('+')) {
    international = true;
    digits = digits.slice(1);
  } else if (digits.startsWith('00')) {
    international = true;
    digits = digits.slice(2);
  }
  if (!international || digits.startsWith('45')) {
    const national = international ? digits.slice(2) : digits;
    if (!/^[1-9]\d{7}$/.test(national)) return null;
    return `+45 ${national.replace(/(\d{2})(?=\d)/g, '$1 ')}`;
  }
  // Foreign: a country code (never 0) and 7–15 digits in all, as the ITU's E.164 allows.
  if (!/^[1-9]\d{6,14}$/.test(digits)) return null;
  return `+${digits}`;
}

/** A stored phone number as it is shown (older stores may hold a number as it was typed). */
export function formatPhone(stored: string): string {
  return normalisePhone(stored) ?? stored;
}

/** The digits a tel: link dials: "+4512345678". */
export function phoneHref(stored: string): string {
  return `tel:${formatPhone(stored).replace(/ /g, '')}`;
}
