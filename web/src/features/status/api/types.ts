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
  colour: string;
  note: string | null;
  asOf: string;
  source: string | null;
  inferred: boolean;
  ageDays: number;
}

export const STATUS_CELL_FIELDS = 'elementId elementNumber level colour note asOf source inferred ageDays';
