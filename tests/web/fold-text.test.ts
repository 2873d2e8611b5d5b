import { describe, expect, it } from 'vitest';
import { foldText, matchesAll } from '../../web/src/lib/fold-text';

describe('the browser fold for typed searches', () => {
  it('spells æ/ø/å the way people type them without a Danish keyboard, in either case', () => {
    expect(foldText('Århus')).toBe('aarhus');
    expect(foldText('ÆRØ')).toBe('aeroe');
    expect(foldText('Læsø')).toBe(foldText('laesoe'));
  });

  it('folds a decomposed å (a + combining ring, as a Mac or a PDF pastes it) like the composed one', () => {
    expect(foldText('A\u030Arhus')).toBe('aarhus');
    expect(foldText('Familiera\u030Adgivningen')).toBe(foldText('Familierådgivningen'));
  });

  it('drops other accents and matches every word in any order', () => {
    expect(foldText('Café Über')).toBe('cafe uber');
    expect(matchesAll('Børne- og Ungdomspsykiatrisk Afdeling, Århus', 'aarhus boerne')).toBe(true);
    expect(matchesAll('Børne- og Ungdomspsykiatrisk Afdeling, Århus', 'odense')).toBe(false);
  });
});
