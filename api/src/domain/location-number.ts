/**
 * A Danish location number (lokationsnummer, a GS1 GLN): 13 digits, the last a mod-10 check
 * digit. MedCom correspondence is addressed to one, so a typo sends a letter nowhere.
 */
export function gs1CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < first12.length; i++) {
    // Weights run 3,1,3,1… from the digit nearest the check digit.
    const weight = (first12.length - i) % 2 === 1 ? 3 : 1;
    sum += Number(first12[i]) * weight;
  }
  return (10 - (sum % 10)) % 10;
}

export function isValidLocationNumber(value: string): boolean {
  if (!/^\d{13}$/.test(value)) return false;
  return gs1CheckDigit(value.slice(0, 12)) === Number(value[12]);
}

/** Completes a 12-digit stem with its check digit; used by the synthetic generator. */
export function withCheckDigit(first12: string): string {
  if (!/^\d{12}$/.test(first12)) throw new Error(`location number stem must be 12 digits: ${first12}`);
  return first12 + String(gs1CheckDigit(first12));
}
