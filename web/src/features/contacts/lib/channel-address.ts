export interface AddressLink {
  /** What to print: "Lokationsnummer 5790001968328", "+45 80 79 11 68". */
  text: string;
  /** tel:, mailto: or http(s): when the address can be followed; none for a location number. */
  href?: string;
}

const looksLikeEmail = (s: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s);
const looksLikeUrl = (s: string) => /^https?:\/\//i.test(s) || /^www\./i.test(s);
const looksLikePhone = (s: string) => /^\+?[\d\s-]{6,}$/.test(s);
const looksLikeLocationNumber = (s: string) => /^\d{13}$/.test(s);

/**
 * A channel's address as a link: the API gives one string that is a location number (MedCom
 * letters are addressed to it), a phone number, an e-mail address or a URL.
 */
export function addressLink(address: string, labels: { locationNumber: string }): AddressLink {
  const a = address.trim();
  if (looksLikeLocationNumber(a)) return { text: `${labels.locationNumber} ${a}` };
  if (looksLikeEmail(a)) return { text: a, href: `mailto:${a}` };
  if (looksLikeUrl(a)) return { text: a, href: /^https?:/i.test(a) ? a : `https://${a}` };
  if (looksLikePhone(a)) return { text: a, href: `tel:${a.replace(/[\s-]/g, '')}` };
  return { text: a };
}
