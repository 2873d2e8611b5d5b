import { describe, expect, it } from 'vitest';
import { formatPhone, normalisePhone, parseDanishDate, phoneHref } from '../../api/src/domain/danish-input.js';
import { validateNode, validateRelationship } from '../../api/src/domain/records.js';

describe('dates as Danes type them', () => {
  it('reads ISO and the Danish forms as the same day', () => {
    for (const typed of [
      '2026-12-06',
      '6.12.2026',
      '06.12.2026',
      '06-12-2026',
      '6-12-2026',
      '6/12 2026',
      '6/12-2026',
      '6/12/2026',
      ' 6. 12. 2026 ',
      '6. december 2026',
      '6. dec. 2026',
      '6 December 2026',
    ]) {
      expect(parseDanishDate(typed), typed).toBe('2026-12-06');
    }
  });

  it('refuses what is no day, or could be two', () => {
    for (const bad of ['31.4.2026', '29-02-2025', '6.12.26', '12/6', '2026-6-12', '6. decembre 2026', 'i morgen', '', '6..12.2026']) {
      expect(parseDanishDate(bad), bad).toBeNull();
    }
    expect(parseDanishDate('29.2.2024')).toBe('2024-02-29');
  });

  it('is what every date field of the domain takes', () => {
    const r = validateRelationship('STATUS', { id: 'rel:status:x', from: 'org:a', to: 'element:b', level: 'GREEN', asOf: '6/12 2026' });
    expect(r.ok && (r.value as { asOf: string }).asOf).toBe('2026-12-06');
    const bad = validateRelationship('STATUS', { id: 'rel:status:x', from: 'org:a', to: 'element:b', level: 'GREEN', asOf: '31.11.2026' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues).toEqual([{ field: 'asOf', message: 'must be a date such as 2026-12-06 or 6.12.2026' }]);
  });
});

describe('phone numbers', () => {
  it('keep one stored form whatever the typing', () => {
    for (const typed of [
      '+45 12 34 56 78',
      '12 34 56 78',
      '12345678',
      '+4512345678',
      '0045 12 34 56 78',
      '0045 12345678',
      '1234 5678',
      '12-34-56-78',
      '12.34.56.78',
      ' +45  12 34 56 78 ',
    ]) {
      expect(normalisePhone(typed), typed).toBe('+45 12 34 56 78');
    }
    expect(normalisePhone('+46 8 123 456 78')).toBe('+46812345678');
    expect(normalisePhone('0046 8 123 456 78')).toBe('+46812345678');
  });

  it('refuse what is no number', () => {
    for (const bad of ['1234567', '123456789', '02345678', '+45 1234 567', 'tlf. 12345678', '12 34 56 7a', '+1 23', '++4512345678', '12--34-56-78', '']) {
      expect(normalisePhone(bad), bad).toBeNull();
    }
  });

  it('are shown and dialled from the stored form', () => {
    expect(formatPhone('12345678')).toBe('+45 12 34 56 78');
    expect(formatPhone('+45 12 34 56 78')).toBe('+45 12 34 56 78');
    expect(formatPhone('ring til os')).toBe('ring til os');
    expect(phoneHref('+45 12 34 56 78')).toBe('tel:+4512345678');
  });

  it('are normalised on people, organisations and phone-line channels, and a bad one names its field', () => {
    const person = validateNode('Person', { id: 'person:p', name: 'P', phone: '0045 70112233' });
    expect(person.ok && person.value.phone).toBe('+45 70 11 22 33');
    const channel = validateNode('Channel', { id: 'channel:c', name: 'C', kind: 'PHONE_LINE', status: 'ESTABLISHED', address: '70 11 22 33' });
    expect(channel.ok && channel.value.address).toBe('+45 70 11 22 33');
    const bad = validateNode('Organisation', { id: 'org:o', name: 'O', kind: 'HOSPITAL', sector: 'REGION', phone: '70 11 22' });
    expect(!bad.ok && bad.issues.map((i) => i.field)).toEqual(['phone']);
  });
});
