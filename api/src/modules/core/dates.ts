/** Today's date in Denmark as YYYY-MM-DD: what "current" and "expired" are judged against. */
export function todayInDenmark(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(now);
}

/** A relationship or mandate holds on `day` when it has started and not yet ended. */
export function isCurrent(from: unknown, to: unknown, day: string): boolean {
  return !(typeof from === 'string' && from > day) && !(typeof to === 'string' && to < day);
}
