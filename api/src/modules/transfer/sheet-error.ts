/** Why a file cannot be read at all; `row` is where the problem starts (0: the file as a whole). */
export type SheetErrorCode = 'UNREADABLE' | 'EMPTY' | 'TOO_MANY_ROWS' | 'TOO_MANY_COLUMNS' | 'TOO_MUCH_TEXT' | 'CSV_QUOTE_NOT_CLOSED';

export class SheetError extends Error {
  override name = 'SheetError';
  constructor(
    readonly code: SheetErrorCode,
    message: string,
    readonly row = 0,
  ) {
    super(message);
  }
}
