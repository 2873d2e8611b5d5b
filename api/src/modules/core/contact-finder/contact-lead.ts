import { capitalise } from '../wording.js';
import type { ContactCardView, ContactChannelView, ContactRouteView } from './contact-views.js';
import type { ContactLineKind, ContactWords } from './contact-wording.js';

/**
 * The answer first: whom to contact (a named person, or a way in), how (contact lines labelled
 * by what they are: a phone number is "Telefon", never "Adresse"), and one short reason. Made
 * from the cards and routes as the reader may see them (contact-views.ts), so a visitor's lead
 * names a role, never a person. `text` is the same answer as plain text, to copy or e-mail.
 */

export interface ContactLine {
  kind: ContactLineKind;
  label: string;
  value: string;
  /** tel:, mailto: or https: when the line can be followed. */
  href: string | null;
}

export interface ContactLead {
  kind: 'PERSON' | 'ROUTE';
  who: string;
  what: string | null;
  lines: ContactLine[];
  why: string;
  text: string;
  mailSubject: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_LIKE = /^(https?:\/\/|www\.)/i;
const PHONE = /^\+?[\d\s-]{6,}$/;

/** What an address is, from the channel's kind first and its form otherwise. */
function addressLine(kind: string, address: string, words: ContactWords): ContactLine {
  const a = address.trim();
  const line = (k: ContactLineKind, href: string | null): ContactLine => ({ kind: k, label: words.lines[k], value: a, href });
  if (kind === 'MEDCOM_CORRESPONDENCE') return line('LOCATION_NUMBER', null);
  if (kind === 'PHONE_LINE' || PHONE.test(a)) return line('PHONE', PHONE.test(a) ? `tel:${a.replace(/[\s-]/g, '')}` : null);
  if (kind === 'SECURE_EMAIL' || EMAIL.test(a)) return line('EMAIL', EMAIL.test(a) ? `mailto:${a}` : null);
  if (kind === 'WEBSITE' || URL_LIKE.test(a)) return line('WEB', URL_LIKE.test(a) ? (/^https?:/i.test(a) ? a : `https://${a}`) : null);
  return line('ADDRESS', null);
}

function channelLines(ch: ContactChannelView, words: ContactWords): ContactLine[] {
  const lines: ContactLine[] = [];
  if (ch.address) lines.push(addressLine(ch.kind, ch.address, words));
  if (ch.schedule) lines.push({ kind: 'HOURS', label: words.lines.HOURS, value: ch.schedule, href: null });
  if (ch.rules) lines.push({ kind: 'RULES', label: words.lines.RULES, value: ch.rules, href: null });
  return lines;
}

/** The first one or two reasons, as one sentence. */
const why = (reasons: string[]) => (reasons.length ? `${capitalise(reasons.slice(0, 2).join('; '))}.` : '');

export function contactLead(cards: ContactCardView[], routes: ContactRouteView[], asker: string, words: ContactWords): ContactLead | null {
  const card = cards[0];
  let lead: Omit<ContactLead, 'text' | 'mailSubject'>;
  if (card) {
    const lines: ContactLine[] = [];
    if (card.person.phone) lines.push(addressLine('PHONE_LINE', card.person.phone, words));
    if (card.person.email) lines.push(addressLine('SECURE_EMAIL', card.person.email, words));
    for (const ch of card.channels.slice(0, 2)) lines.push(...channelLines(ch, words));
    lead = { kind: 'PERSON', who: card.person.displayName, what: card.role ?? card.person.title, lines, why: why(card.reasons) };
  } else {
    const route = routes.find((r) => r.primary) ?? routes[0];
    if (!route) return null;
    lead = { kind: 'ROUTE', who: route.organisation.name, what: route.channel.name, lines: channelLines(route.channel, words), why: why(route.reasons) };
  }
  const text = [`${lead.who}${lead.what ? ` – ${lead.what}` : ''}`, ...lead.lines.map((l) => `${l.label}: ${l.value}`), lead.why].filter(Boolean).join('\n');
  return { ...lead, text, mailSubject: words.mailSubject(asker) };
}
