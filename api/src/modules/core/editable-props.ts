/** Written by the store on every change, never by an editor. */
const BOOKKEEPING = ['createdAt', 'updatedAt', 'version', 'sourceHash'] as const;

/** A node's or relationship's stored properties without the bookkeeping: what an editor sets. */
export function editableProps(props: Record<string, unknown>): Record<string, unknown> {
  const out = { ...props };
  for (const key of BOOKKEEPING) delete out[key];
  return out;
}
