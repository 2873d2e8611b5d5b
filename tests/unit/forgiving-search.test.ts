import { describe, expect, it } from 'vitest';
import { MAX_WORDS, typoDistance, wordsOf } from '../../api/src/modules/core/forgiving-search.js';

/** Plain optimal string alignment distance, the whole table: what typoDistance must agree with up to `max`. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

describe('the forgiving search bounds its work by what was typed', () => {
  it('weighs each word once and at most eight (an outside probe typed one word 25 times, 15 searches a request)', () => {
    expect(wordsOf('kommunx '.repeat(25))).toEqual(['kommunx']);
    const many = 'en to tre fire fem seks syv otte ni ti elleve tolv';
    expect(wordsOf(many)).toEqual(many.split(' ').slice(0, MAX_WORDS));
    expect(MAX_WORDS).toBe(8);
  });

  it('stops the typo distance once it must be over the allowed, and agrees with the whole table up to it', () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = () => Array.from({ length: 1 + Math.floor(next() * 9) }, () => 'abcde'[Math.floor(next() * 5)]).join('');
    for (let k = 0; k < 20_000; k++) {
      const [a, b, max] = [word(), word(), Math.floor(next() * 3)];
      expect(Math.min(typoDistance(a, b, max), max + 1), `${a} ${b} ${max}`).toBe(Math.min(osa(a, b), max + 1));
    }
    expect(typoDistance('kommunx', 'kommune', 1)).toBe(1);
    expect(typoDistance('ab', 'ba', 1)).toBe(1);
  });
});
