import { STATUS_EN, englishDate } from '../core/wording-en.js';
import type { StatusWords } from './status-words.js';

/**
 * The English sentences of the status matrix and its changes (lang: EN), the counterpart of
 * status-words.ts; colour words from core/wording-en.ts, dates as "15 January 2025".
 */

const colour = (level: string) => STATUS_EN[level]?.colour ?? level.toLowerCase();

export const STATUS_WORDS_EN: StatusWords = {
  levelColour: colour,
  levelLabel: (level) => STATUS_EN[level]?.label ?? level.toLowerCase(),
  colour: (level) => (level ? colour(level) : 'no status'),
  count: (level, n) => `${n} ${colour(level)}`,
  noStatus: (n) => `${n} without status`,
  summary: (asOf, parts) => `As of ${englishDate(asOf)}: ${parts.join(', ')}.`,
  emptySummary: (asOf) => `No municipalities or elements to show as of ${englishDate(asOf)}.`,
  changeSentence: (name, number, before, after, afterAsOf) =>
    `${name}, element ${number}: ${before} → ${after}${afterAsOf ? ` (${englishDate(afterAsOf)})` : ''}.`,
  changesExplanation: (count, from, to) =>
    count
      ? `${count} ${count === 1 ? 'cell changed' : 'cells changed'} colour between ${englishDate(from)} and ${englishDate(to)}.`
      : `No cells changed colour between ${englishDate(from)} and ${englishDate(to)}.`,
};
