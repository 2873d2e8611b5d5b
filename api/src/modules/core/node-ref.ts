import { noteNameGiven } from './access-notes.js';
import { capitalise } from './wording.js';

/**
 * How an answer names a node, and the one place a person's name is hidden from visitors.
 * Named people are personal data (core/privacy.ts; docs/DESIGN.md, "Personal data"): an anonymous visitor sees
 * a person's role (title), never the name. Every question that names a person calls
 * `personName` or `nodeRef` with `showNames` = canSeePersonalData(ctx).
 */

/** A node as the answers show it: enough to name it and link to it. */
export interface NodeRef {
  id: string;
  label: string;
  name: string;
  kind?: string | null;
  sector?: string | null;
}

/** The words for someone whose name a visitor may not see, in each language. */
const UNNAMED = {
  da: { withTitle: (title: string) => `en person (${title})`, without: 'en navngiven person' },
  en: { withTitle: (title: string) => `a person (${title})`, without: 'a named person' },
} as const;

/**
 * What to call a person: the name for a signed-in user, the title (a role) otherwise. A name
 * handed out is noted for the access log (core/access-notes.ts), whichever sentence or field
 * it ends up in.
 */
export function personName(person: { id?: unknown; name?: unknown; title?: unknown }, showNames: boolean, lang: 'da' | 'en' = 'da'): string {
  if (showNames && typeof person.name === 'string') {
    noteNameGiven(person.id);
    return person.name;
  }
  const words = UNNAMED[lang];
  return typeof person.title === 'string' && person.title ? words.withTitle(person.title) : words.without;
}

/** A node reference with a person's name hidden from anonymous visitors. */
export function nodeRef(
  node: { id: string; label?: string | null; name?: unknown; title?: unknown; kind?: unknown; sector?: unknown },
  showNames: boolean,
  lang: 'da' | 'en' = 'da',
): NodeRef {
  const label = node.label ?? labelOfId(node.id);
  const name = label === 'Person' ? capitalise(personName(node, showNames, lang)) : String(node.name ?? node.id);
  return {
    id: node.id,
    label,
    name,
    kind: typeof node.kind === 'string' ? node.kind : null,
    sector: typeof node.sector === 'string' ? node.sector : null,
  };
}

const PREFIX_LABELS: Array<[string, string]> = [
  ['org:', 'Organisation'],
  ['person:', 'Person'],
  ['group:', 'Group'],
  ['mandate:', 'Mandate'],
  ['channel:', 'Channel'],
  ['agreement:', 'Agreement'],
  ['element:', 'Element'],
  ['pathway:', 'Pathway'],
  ['step:', 'Step'],
];

/** Every id starts with its kind (vocabulary.ts ID_PREFIXES). */
export function labelOfId(id: string): string {
  return PREFIX_LABELS.find(([p]) => id.startsWith(p))?.[1] ?? 'Entity';
}

/** Properties a reader may see on a relationship: the loader's bookkeeping is left out. */
export function publicProps(props: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const { sourceHash: _h, ...rest } = props ?? {};
  return rest;
}
