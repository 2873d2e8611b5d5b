// Built once: a new Intl.DateTimeFormat per call cost ~0.2 ms, 11 % of findContact's CPU under load.
const danishDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' });

/** Today's date in Denmark as YYYY-MM-DD: what "current" and "expired" are judged against. */
export function todayInDenmark(now: Date = new Date()): string {
  return danishDay.format(now);
}

/** A relationship or mandate holds on `day` when it has started and not yet ended. */
export function isCurrent(from: unknown, to: unknown, day: string): boolean {
  return !(typeof from === 'string' && from > day) && !(typeof to === 'string' && to < day);
}
