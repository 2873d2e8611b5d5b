import { STATUS_DA, danishDate } from '../core/wording.js';

/**
 * The sentences the status matrix and its changes are told in, one table per language (Danish
 * here, English in status-words-en.ts), chosen by the `lang` of the field asked (status-reader.ts): the matrix's
 * summary, a change's sentence and the changes' explanation, and the vocabulary the status screen
 * shows (a level's colour word and meaning: the legend, the cells, the reports). Municipality
 * names, notes and sources are Danish content and stay so.
 */
export interface StatusWords {
  /** "grøn": a level's colour word (a cell, a report, the legend). */
  levelColour(level: string): string;
  /** "Eksisterende praksis": what a level means (the legend). */
  levelLabel(level: string): string;
  /** "grøn", "ingen status": a cell's colour in a change sentence (null: no status on that date). */
  colour(level: string | null): string;
  /** "3 grønne", "1 gul": a count of cells of one level. */
  count(level: string, n: number): string;
  /** "5 uden status". */
  noStatus(n: number): string;
  /** "Pr. 1. juni 2024: 3 grønne, 9 gule." */
  summary(asOf: string, parts: string[]): string;
  /** The matrix has no municipality or no element. */
  emptySummary(asOf: string): string;
  /** "Randers Kommune, element 2: gul → grøn (15. januar 2025)." */
  changeSentence(name: string, elementNumber: number, before: string, after: string, afterAsOf: string | null): string;
  /** How many cells changed colour between two dates, or that none did. */
  changesExplanation(count: number, from: string, to: string): string;
}

const colour = (level: string) => STATUS_DA[level]?.colour ?? level;
const PLURAL: Record<string, string> = { GREEN: 'grønne', YELLOW: 'gule', RED: 'røde', BLUE: 'blå' };

export const STATUS_WORDS_DA: StatusWords = {
  levelColour: colour,
  levelLabel: (level) => STATUS_DA[level]?.label ?? level,
  colour: (level) => (level ? colour(level) : 'ingen status'),
  count: (level, n) => `${n} ${n === 1 ? colour(level) : (PLURAL[level] ?? colour(level))}`,
  noStatus: (n) => `${n} uden status`,
  summary: (asOf, parts) => `Pr. ${danishDate(asOf)}: ${parts.join(', ')}.`,
  emptySummary: (asOf) => `Ingen kommuner eller elementer at vise pr. ${danishDate(asOf)}.`,
  changeSentence: (name, number, before, after, afterAsOf) =>
    `${name}, element ${number}: ${before} → ${after}${afterAsOf ? ` (${danishDate(afterAsOf)})` : ''}.`,
  changesExplanation: (count, from, to) =>
    count
      ? `${count} ${count === 1 ? 'celle skiftede' : 'celler skiftede'} farve mellem ${danishDate(from)} og ${danishDate(to)}.`
      : `Ingen celler skiftede farve mellem ${danishDate(from)} og ${danishDate(to)}.`,
};
