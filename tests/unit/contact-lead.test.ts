import { describe, expect, it } from 'vitest';
import { contactLead } from '../../api/src/modules/core/contact-finder/contact-lead.js';
import type { ContactCardView, ContactChannelView, ContactRouteView } from '../../api/src/modules/core/contact-finder/contact-views.js';
import { CONTACT_WORDS_DA } from '../../api/src/modules/core/contact-finder/contact-wording.js';
import { CONTACT_WORDS_EN } from '../../api/src/modules/core/contact-finder/contact-wording-en.js';

/** The answer first (api/src/modules/core/contact-finder/contact-lead.ts): which card or route leads, and how its lines are labelled. */

const ref = (id: string, name = id) => ({ id, label: 'Organisation', name, kind: null, sector: null });
const channel = (kind: string, address: string | null, extra: Partial<ContactChannelView> = {}): ContactChannelView => ({
  id: `ch-${kind}`,
  name: `Kanal ${kind}`,
  kind,
  status: 'ESTABLISHED',
  address,
  schedule: null,
  rules: null,
  supportsAttachments: null,
  providedBy: ref('bua'),
  details: '',
  ...extra,
});
const route = (c: ContactChannelView, primary: boolean, reasons = ['rådgivning for Randers Kommune']): ContactRouteView => ({
  rank: 1,
  primary,
  organisation: ref(`org-${c.kind}`, `Organisation ${c.kind}`),
  channel: c,
  side: 'REGION',
  score: 1,
  reasons,
  sentence: '',
});
function card(person: Partial<ContactCardView['person']>, channels: ContactChannelView[] = []): ContactCardView {
  return {
    id: 'rel',
    rank: 1,
    person: { id: 'p', name: null, title: 'psykolog', profession: null, email: null, phone: null, displayName: 'En person (psykolog)', ...person },
    worksIn: [],
    contactFor: ref('ppr'),
    role: 'fast kontaktperson i BUA',
    topics: [],
    pathways: [],
    steps: [],
    audience: [],
    since: null,
    until: null,
    channels,
    fit: { scope: 'OWN_ORGANISATION', pathway: null, step: null, topic: null, audience: null, score: 40 },
    reasons: ['fast kontaktperson for PPR selv', 'dækker trin 2', 'kan nås gennem telefonlinjen'],
    sentence: '',
  };
}

describe('the answer first', () => {
  it('a named contact leads, with the phone labelled Telefon (tel:), e-mail, and the channel’s hours and rules', () => {
    const lead = contactLead(
      [
        card({ phone: '+45 12 34 56 78', email: 'a@b.dk', displayName: 'Anna' }, [
          channel('PHONE_LINE', '+45 87 65 43 21', { schedule: 'Hverdage 9–10', rules: 'Kun fagpersoner' }),
        ]),
      ],
      [],
      'PPR',
      CONTACT_WORDS_DA,
    )!;
    expect(lead.kind).toBe('PERSON');
    expect(lead.lines.map((l) => [l.label, l.value, l.href])).toEqual([
      ['Telefon', '+45 12 34 56 78', 'tel:+4512345678'],
      ['E-mail', 'a@b.dk', 'mailto:a@b.dk'],
      ['Telefon', '+45 87 65 43 21', 'tel:+4587654321'],
      ['Tider', 'Hverdage 9–10', null],
      ['Regler', 'Kun fagpersoner', null],
    ]);
    expect(lead.why).toBe('Fast kontaktperson for PPR selv; dækker trin 2.');
    expect(lead.text).toBe(
      'Anna – fast kontaktperson i BUA\nTelefon: +45 12 34 56 78\nE-mail: a@b.dk\nTelefon: +45 87 65 43 21\nTider: Hverdage 9–10\nRegler: Kun fagpersoner\nFast kontaktperson for PPR selv; dækker trin 2.',
    );
  });

  it('a phone number is labelled Telefon whatever channel it is on; a location number, a URL and an address by what they are', () => {
    const lines = (c: ContactChannelView) => contactLead([], [route(c, true)], 'PPR', CONTACT_WORDS_DA)!.lines[0]!;
    expect(lines(channel('ADVISORY_SERVICE', '87 65 43 21'))).toMatchObject({ kind: 'PHONE', label: 'Telefon' });
    expect(lines(channel('MEDCOM_CORRESPONDENCE', '5790001968328'))).toMatchObject({ kind: 'LOCATION_NUMBER', label: 'Lokationsnummer', href: null });
    expect(lines(channel('WEBSITE', 'www.example.dk'))).toMatchObject({ kind: 'WEB', label: 'Web', href: 'https://www.example.dk' });
    expect(lines(channel('MEETING', 'Skovvej 1, 8900 Randers'))).toMatchObject({ kind: 'ADDRESS', label: 'Adresse' });
    expect(lines(channel('SECURE_EMAIL', 'bua@rm.dk'))).toMatchObject({ kind: 'EMAIL', label: 'E-mail', href: 'mailto:bua@rm.dk' });
  });

  it('without a named contact the first way that fits leads, not a loosely related one ranked above it; nothing at all gives no lead', () => {
    const loose = route(channel('REFERRAL', null), false);
    const fits = route(channel('ADVISORY_SERVICE', null, { schedule: 'tirsdag 9–10' }), true);
    expect(contactLead([], [loose, fits], 'PPR', CONTACT_WORDS_DA)).toMatchObject({
      kind: 'ROUTE',
      who: 'Organisation ADVISORY_SERVICE',
      what: 'Kanal ADVISORY_SERVICE',
    });
    expect(contactLead([], [loose], 'PPR', CONTACT_WORDS_DA)).toMatchObject({ who: 'Organisation REFERRAL' });
    expect(contactLead([], [], 'PPR', CONTACT_WORDS_DA)).toBeNull();
  });

  it('English labels and subject', () => {
    const lead = contactLead([card({ phone: '12345678' })], [], 'PPR Randers', CONTACT_WORDS_EN)!;
    expect(lead.lines[0]!.label).toBe('Phone');
    expect(lead.mailSubject).toBe('Contact for PPR Randers');
  });
});
