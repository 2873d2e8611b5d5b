/** The shapes the status screen reads (see api/src/modules/status/status.graphql). */
export type StatusLevel = 'GREEN' | 'YELLOW' | 'RED' | 'BLUE';

export interface NodeRef {
  id: string;
  name: string;
}

export interface StatusElement {
  id: string;
  number: number;
  name: string;
}

export interface StatusCell {
  elementId: string;
  elementNumber: number;
  level: StatusLevel;
  /** The colour word in the app's language (green, grøn). */
  colour: string;
  /** As reported: Danish content. */
  note: string | null;
  asOf: string;
  source: string | null;
  inferred: boolean;
  ageDays: number;
}

/** A cell's fields; the colour word comes in the app's language, so the query declares `$lang: Language`. */
export const STATUS_CELL_FIELDS = 'elementId elementNumber level colour(lang: $lang) note asOf source inferred ageDays';
