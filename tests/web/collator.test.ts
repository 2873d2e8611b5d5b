import { describe, expect, it } from 'vitest';
import { byName, collator } from '../../web/src/lib/collator';

describe('web lib: Danish order', () => {
  it('puts æ, ø, å after z, and reads "aa" as å', () => {
    const names = ['Aarhus', 'Østjylland', 'Randers', 'Ærø', 'Zealand', 'Ålborg'];
    // "Aarhus" is read "Århus": after "Ålborg" (l before r), not first as in English order.
    expect([...names].sort(collator.compare)).toEqual(['Randers', 'Zealand', 'Ærø', 'Østjylland', 'Ålborg', 'Aarhus']);
  });

  it('ignores case and orders numbers by value', () => {
    expect(collator.compare('ppr randers', 'PPR Randers')).toBe(0);
    const units = [{ name: 'Skole 10' }, { name: 'skole 2' }, { name: 'Skole 1' }];
    expect(units.sort(byName).map((u) => u.name)).toEqual(['Skole 1', 'skole 2', 'Skole 10']);
  });
});
