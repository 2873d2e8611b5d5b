/**
 * A channel's address as a link (the API gives one string: a location number, a phone number,
 * an e-mail address or a URL). A copy of the contact finder's helper: features do not import
 * each other.
 */
export function addressHref(address: string): string | undefined {
  const a = address.trim();
  if (/^\d{13}$/.test(a)) return undefined;
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a)) return `mailto:${a}`;
  if (/^https?:\/\//i.test(a)) return a;
  if (/^www\./i.test(a)) return `https://${a}`;
  if (/^\+?[\d\s-]{6,}$/.test(a)) return `tel:${a.replace(/[\s-]/g, '')}`;
  return undefined;
}

export const isLocationNumber = (address: string) => /^\d{13}$/.test(address.trim());
