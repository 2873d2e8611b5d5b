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

/** "Forløbsprogram for børn og unge med ADHD" → "ADHD", for headings where the long name repeats. */
export const shortPathwayName = (name: string) => name.replace(/^Forløbsprogram for børn og unge med\s+/i, '');

/**
 * The part of a step's explanation that says why nobody is named; the rest ("Brug i stedet …")
 * repeats the ways in that the step lists right below it.
 */
export function whyNobody(explanation: string): string {
  const cut = explanation.indexOf(' Brug i stedet');
  return cut > 0 ? explanation.slice(0, cut) : explanation;
}

export const danishDate = (iso: string) =>
  new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString('da-DK', { day: 'numeric', month: 'long', year: 'numeric' });
