import { danishDate } from '../core/wording.js';

/**
 * What a follow-up that no longer holds says has changed, one table per language (Danish here,
 * English in follow-up-wording-en.ts), chosen by the `lang` of `GapFollowUp.change`. follow-up.ts
 * counts; the wording only words.
 */

/** Since when and how the finding's evidence has changed. */
export interface ChangeFacts {
  /** The follow-up was an assignment (else an acknowledgement). */
  assigned: boolean;
  /** The day the follow-up was made (YYYY-MM-DD). */
  since: string;
  /** Records the finding rests on now that it did not then, and the other way round. */
  added: number;
  removed: number;
}

export interface FollowUpWords {
  /** "Grundlaget har ændret sig siden kvitteringen 5. december 2026: 1 post er kommet til; fundet er åbent igen." */
  change(f: ChangeFacts): string;
}

export const FOLLOW_UP_WORDS_DA: FollowUpWords = {
  change: (f) => {
    const parts = [
      f.added ? `${f.added} ${f.added === 1 ? 'post er kommet til' : 'poster er kommet til'}` : '',
      f.removed ? `${f.removed} er forsvundet` : '',
    ].filter(Boolean);
    const what = f.assigned ? 'tildelingen' : 'kvitteringen';
    return `Grundlaget har ændret sig siden ${what} ${danishDate(f.since)}${parts.length ? `: ${parts.join(', ')}` : ''}; fundet er åbent igen.`;
  },
};
