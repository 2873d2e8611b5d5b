import { expect } from 'vitest';
import type { ContractCases } from './contract-case.js';
import { normaliseStoredPhones } from '../../../api/src/modules/phones/normalise-stored.js';

/**
 * The stored phone numbers' start-up check on the Central Denmark seed, whose numbers are all in
 * the one form already: read them, write one in another form and back (leaving the seed as it
 * was), and the whole check (normaliseStoredPhones) finding nothing to do, then one to do.
 */

const GP = 'org:gp-hedensted-torvet';
const LINE = 'channel:telefon-behandlingstilbud-odder';

export const phoneCases: ContractCases = {
  storedPhones: async ({ db, queries }) => {
    const rows = await db.run<{ id: string; field: string; value: string }>(queries.storedPhones, {});
    expect(rows.find((r) => r.id === GP)).toEqual({ id: GP, field: 'phone', value: '+45 85 05 03 42' });
    expect(rows.find((r) => r.id === LINE)).toEqual({ id: LINE, field: 'address', value: '+45 87 46 66 06' });
    // Only phone lines' addresses: a MedCom channel's location number is no phone number.
    expect(rows.filter((r) => r.field === 'address').every((r) => r.value.startsWith('+'))).toBe(true);
    expect(rows.every((r) => typeof r.value === 'string')).toBe(true);
  },
  normalisePhones: async ({ db, queries }) => {
    const phoneOf = async (id: string, field: 'phone' | 'address') =>
      (await db.run<{ id: string; field: string; value: string }>(queries.storedPhones, {})).find((r) => r.id === id && r.field === field)?.value;
    // Nothing to do on the seed.
    expect(await normaliseStoredPhones(db, queries)).toBe(0);
    // An older store's forms: written only where the value is still the one read.
    const write = (rows: object[]) => db.write((tx) => tx.run<{ written: number }>(queries.normalisePhones, { rows }));
    expect(
      await write([
        { id: GP, field: 'phone', was: '+45 85 05 03 42', value: '85050342' },
        { id: LINE, field: 'address', was: '+45 87 46 66 06', value: '0045 87466606' },
      ]),
    ).toEqual([{ written: 2 }]);
    expect(await write([{ id: GP, field: 'phone', was: 'something else', value: '+45 11 11 11 11' }])).toEqual([{ written: 0 }]);
    expect(await phoneOf(GP, 'phone')).toBe('85050342');
    expect(await phoneOf(LINE, 'address')).toBe('0045 87466606');
    // The start-up check brings both back to the one form, and leaves the rest alone.
    expect(await normaliseStoredPhones(db, queries)).toBe(2);
    expect(await phoneOf(GP, 'phone')).toBe('+45 85 05 03 42');
    expect(await phoneOf(LINE, 'address')).toBe('+45 87 46 66 06');
    expect(await normaliseStoredPhones(db, queries)).toBe(0);
  },
};
