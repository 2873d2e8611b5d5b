/** Danish order: æ, ø, å after z, and "aa" as å (Aarhus after Åbenrå). */
export const danishCollator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

export function byDanishName<T extends { name?: unknown }>(a: T, b: T): number {
  return danishCollator.compare(String(a.name ?? ''), String(b.name ?? ''));
}
