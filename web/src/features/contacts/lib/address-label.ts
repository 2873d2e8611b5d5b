import type { ContactsMessageKey } from '../i18n';

/**
 * Which label an address gets: by the channel's kind first, by its form otherwise. A phone
 * number is "Telefon", never "Adresse" (the API labels the answer's lead the same way).
 */
export function addressLabelKey(kind: string, address: string): ContactsMessageKey {
  const a = address.trim();
  if (kind === 'MEDCOM_CORRESPONDENCE' || /^\d{13}$/.test(a)) return 'address.locationNumber';
  if (kind === 'PHONE_LINE' || /^\+?[\d\s-]{6,}$/.test(a)) return 'address.phone';
  if (kind === 'SECURE_EMAIL' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a)) return 'address.email';
  if (kind === 'WEBSITE' || /^(https?:\/\/|www\.)/i.test(a)) return 'address.website';
  return 'address.address';
}
