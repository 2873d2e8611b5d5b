import { englishDate } from '../core/wording-en.js';
import type { FollowUpWords } from './follow-up-wording.js';

/** The English counterpart of follow-up-wording.ts (lang: EN): dates as "5 December 2026". */
export const FOLLOW_UP_WORDS_EN: FollowUpWords = {
  change: (f) => {
    const parts = [
      f.added ? `${f.added} ${f.added === 1 ? 'record has been added' : 'records have been added'}` : '',
      f.removed ? `${f.removed} ${f.removed === 1 ? 'has' : 'have'} gone` : '',
    ].filter(Boolean);
    const what = f.assigned ? 'the assignment' : 'the acknowledgement';
    return `The evidence has changed since ${what} on ${englishDate(f.since)}${parts.length ? `: ${parts.join(', ')}` : ''}; the finding is open again.`;
  },
};
