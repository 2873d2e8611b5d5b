import { getLanguage } from '../../../i18n';

/** The API writes some messages as "Danish / English"; keep the half for the reader's language. */
export function localMessage(message: string): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return getLanguage() === 'en' ? parts[1]! : parts[0]!;
}
