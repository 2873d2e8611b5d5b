/** Danish order (æ, ø, å after z; "aa" as å), case-insensitive, numbers by value. */
export const collator = new Intl.Collator('da', { sensitivity: 'base', numeric: true });

export const byName = <T extends { name: string }>(a: T, b: T): number => collator.compare(a.name, b.name);
