/**
 * Everything that makes a view of the map, as it is written in the URL, so a copied address
 * opens the same view and back/forward step through the views. Hidden sets are `null` when the
 * user never touched them: the defaults then depend on the mode (see effectiveHidden).
 */
export interface ViewState {
  hiddenSectors: ReadonlySet<string> | null;
  hiddenLabels: ReadonlySet<string> | null;
  hiddenKinds: ReadonlySet<string> | null;
  hiddenRelations: ReadonlySet<string> | null;
  cluster: string | null;
  municipality: string | null;
  selected: string | null;
  focus: string | null;
  /** Steps out from the focus (1 … MAX_DEPTH). */
  depth: number;
  from: string | null;
  to: string | null;
  /** Which of the connection's paths is shown (0 = the shortest). */
  alternative: number;
  /** Bundles of the overview the user opened (bundles.ts keys). */
  opened: ReadonlySet<string>;
  /** Nodes pinned to the map (by hand, or added by "expand by relation type"): drawn whatever the filters say. */
  pinned: ReadonlySet<string>;
  /**
   * Nodes and relationships marked from outside the map, e.g. the evidence of a gap finding
   * ("Vis på kortet" on /huller): drawn whatever the filters say and highlighted.
   */
  marked: ReadonlySet<string>;
  /** The person, organisation or channel whose absence the map shows ("Hvad hvis …?"). */
  whatIf: string | null;
}

export const MAX_DEPTH = 6;

export const EMPTY_VIEW: ViewState = {
  hiddenSectors: null,
  hiddenLabels: null,
  hiddenKinds: null,
  hiddenRelations: null,
  cluster: null,
  municipality: null,
  selected: null,
  focus: null,
  depth: 1,
  from: null,
  to: null,
  alternative: 0,
  opened: new Set(),
  pinned: new Set(),
  marked: new Set(),
  whatIf: null,
};

/** URL parameter names (Danish, as the addresses are shared between Danish users). */
const P = {
  hiddenSectors: 'skjul-sektor',
  hiddenLabels: 'skjul-type',
  hiddenKinds: 'skjul-art',
  hiddenRelations: 'skjul-relation',
  cluster: 'klynge',
  municipality: 'kommune',
  selected: 'valgt',
  focus: 'fokus',
  depth: 'dybde',
  from: 'fra',
  to: 'til',
  alternative: 'vej',
  opened: 'aaben',
  pinned: 'fastgjort',
  marked: 'markeret',
  whatIf: 'hvis',
} as const;

type SetKey = 'hiddenSectors' | 'hiddenLabels' | 'hiddenKinds' | 'hiddenRelations';
const SET_KEYS: SetKey[] = ['hiddenSectors', 'hiddenLabels', 'hiddenKinds', 'hiddenRelations'];
type IdKey = 'cluster' | 'municipality' | 'selected' | 'focus' | 'from' | 'to' | 'whatIf';
const ID_KEYS: IdKey[] = ['cluster', 'municipality', 'selected', 'focus', 'from', 'to', 'whatIf'];

const clampInt = (text: string | null, min: number, max: number, fallback: number): number => {
  const n = text === null ? NaN : Number.parseInt(text, 10);
  return Number.isFinite(n) ? Math.min(Math.max(n, min), max) : fallback;
};

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const view: ViewState = { ...EMPTY_VIEW };
  for (const key of SET_KEYS) {
    const raw = params.get(P[key]);
    view[key] = raw === null ? null : new Set(raw.split(',').filter(Boolean));
  }
  for (const key of ID_KEYS) view[key] = params.get(P[key]) || null;
  view.depth = clampInt(params.get(P.depth), 1, MAX_DEPTH, 1);
  view.alternative = clampInt(params.get(P.alternative), 1, 11, 1) - 1;
  view.opened = new Set((params.get(P.opened) ?? '').split(',').filter(Boolean));
  view.pinned = new Set((params.get(P.pinned) ?? '').split(',').filter(Boolean));
  view.marked = new Set((params.get(P.marked) ?? '').split(',').filter(Boolean));
  return view;
}

/** The search part for `view`, keeping parameters that are not the map's (lang). */
export function serializeView(view: ViewState, currentSearch: string): string {
  const params = new URLSearchParams(currentSearch);
  for (const name of Object.values(P)) params.delete(name);
  for (const key of SET_KEYS) {
    const set = view[key];
    if (set) params.set(P[key], [...set].sort().join(','));
  }
  for (const key of ID_KEYS) {
    const value = view[key];
    if (value) params.set(P[key], value);
  }
  if (view.focus && view.depth !== 1) params.set(P.depth, String(view.depth));
  if (view.from && view.to && view.alternative > 0) params.set(P.alternative, String(view.alternative + 1));
  if (view.opened.size > 0) params.set(P.opened, [...view.opened].sort().join(','));
  if (view.pinned.size > 0) params.set(P.pinned, [...view.pinned].sort().join(','));
  if (view.marked.size > 0) params.set(P.marked, [...view.marked].sort().join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Shown in the overview unless the user chose otherwise: people and mandates are more than half the nodes. */
export const DEFAULT_HIDDEN_LABELS: ReadonlySet<string> = new Set(['Person', 'Mandate']);
/**
 * Likewise the 114 municipal units: they open with their municipality (a scope, a selection).
 * GP practices are shown: general practice is one of the three places the map is about.
 */
export const DEFAULT_HIDDEN_KINDS: ReadonlySet<string> = new Set(['MUNICIPAL_UNIT']);
const NONE: ReadonlySet<string> = new Set();

export interface EffectiveFilters {
  hiddenSectors: ReadonlySet<string>;
  hiddenLabels: ReadonlySet<string>;
  hiddenKinds: ReadonlySet<string>;
  hiddenRelations: ReadonlySet<string>;
}

/**
 * The hidden sets in force. The overview hides people, mandates, practices and units by default;
 * a focused or scoped view is small enough to show everything, so there the default is nothing.
 */
export function effectiveHidden(view: ViewState): EffectiveFilters {
  const narrowed = view.focus !== null || view.cluster !== null || view.municipality !== null;
  return {
    hiddenSectors: view.hiddenSectors ?? NONE,
    hiddenLabels: view.hiddenLabels ?? (narrowed ? NONE : DEFAULT_HIDDEN_LABELS),
    hiddenKinds: view.hiddenKinds ?? (narrowed ? NONE : DEFAULT_HIDDEN_KINDS),
    hiddenRelations: view.hiddenRelations ?? NONE,
  };
}
