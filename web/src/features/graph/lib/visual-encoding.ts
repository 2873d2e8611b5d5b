import { NO_SECTOR } from '../types';

/**
 * How the data is drawn: one table per visual channel. The Cytoscape stylesheet and the legend
 * are both generated from these tables, so what the legend says is what the map shows.
 */

/**
 * Sector colours: Okabe–Ito hues (distinguishable with the common colour-vision deficiencies),
 * darkened so each has at least 4.4:1 contrast against the white map background.
 */
export const SECTOR_COLOURS: Record<string, string> = {
  REGION: '#0072B2',
  GENERAL_PRACTICE: '#007A5E',
  MUNICIPALITY: '#C65400',
  NATIONAL: '#A2467D',
  [NO_SECTOR]: '#5F6B76',
};

export const SECTOR_ORDER = ['REGION', 'GENERAL_PRACTICE', 'MUNICIPALITY', 'NATIONAL', NO_SECTOR];

export const sectorColour = (sector: string): string => SECTOR_COLOURS[sector] ?? SECTOR_COLOURS[NO_SECTOR]!;

/**
 * Nodes without a sector get the colour of what they are, so grey never means "everything
 * else": the bridges between the sectors (channels, groups, agreements) each have their own.
 */
export const LABEL_COLOURS: Record<string, string> = {
  Channel: '#8A6100',
  Group: '#6A3D9A',
  Agreement: '#7F4F24',
  Element: '#7F4F24',
  Mandate: '#7F4F24',
  Person: '#374151',
  Pathway: '#5F6B76',
  Step: '#5F6B76',
};

/** The legend's order of the colours of nodes without a sector. */
export const LABEL_COLOUR_ORDER = ['Channel', 'Group', 'Agreement', 'Person', 'Pathway'];
/** Labels that share a colour, listed under the first one in the legend. */
export const LABEL_COLOUR_ALIAS: Record<string, string> = { Element: 'Agreement', Mandate: 'Agreement', Step: 'Pathway' };

/** A node's colour: its sector's, or, without a sector, its label's. */
export function nodeColour(sector: string, label: string): string {
  if (sector !== NO_SECTOR && SECTOR_COLOURS[sector]) return SECTOR_COLOURS[sector];
  return LABEL_COLOURS[label] ?? SECTOR_COLOURS[NO_SECTOR]!;
}

/**
 * Labels by priority (level of detail): the font size in model pixels decides from which zoom a
 * label is drawn (Cytoscape leaves out any label under MIN_LABEL_PX on screen), so the
 * landmarks read first and the detail appears as one zooms in, never as unreadable text.
 */
export const MIN_LABEL_PX = 10;
export interface LabelTier {
  tier: number;
  fontSize: number;
  /** Longest drawn label in model pixels; longer names end in "…" (the full name is on hover). */
  maxWidth: number;
  bold: boolean;
}
export const FRAME_TIER: LabelTier = { tier: 0, fontSize: 34, maxWidth: 800, bold: true };
export const LANDMARK_TIER: LabelTier = { tier: 1, fontSize: 30, maxWidth: 220, bold: true };
const LANDMARK = LANDMARK_TIER;
export const MEETING_TIER: LabelTier = { tier: 2, fontSize: 17, maxWidth: 160, bold: false };
const MEETING = MEETING_TIER;
const DETAIL: LabelTier = { tier: 3, fontSize: 12, maxWidth: 110, bold: false };
const LANDMARK_KINDS = new Set(['REGION', 'HOSPITAL', 'HOSPITAL_DEPARTMENT', 'MUNICIPALITY', 'GP_ORGANISATION', 'NATIONAL_BODY']);

export function labelTierOf(label: string, kind: string | null): LabelTier {
  if (label === 'Organisation' && kind && LANDMARK_KINDS.has(kind)) return LANDMARK;
  if (label === 'Group' || label === 'Agreement') return MEETING;
  return DETAIL;
}

/**
 * The drawn width of a label, estimated from its length (not measured: the same data gives the
 * same picture on every machine, whatever fonts it has). Generous on purpose.
 */
export function labelWidth(text: string, tier: LabelTier): number {
  // Wide fonts (DejaVu Sans Bold, on Linux) run to about 0.7 of the font size per character.
  const perChar = tier.bold ? 0.72 : 0.62;
  return Math.min(tier.maxWidth, Math.ceil(text.length * tier.fontSize * perChar + tier.fontSize * 0.6));
}

export type Shape =
  | 'ellipse'
  | 'rectangle'
  | 'round-rectangle'
  | 'cut-rectangle'
  | 'bottom-round-rectangle'
  | 'barrel'
  | 'triangle'
  | 'round-triangle'
  | 'diamond'
  | 'pentagon'
  | 'hexagon'
  | 'heptagon'
  | 'round-octagon'
  | 'star'
  | 'tag'
  | 'vee'
  | 'rhomboid';

export interface ShapeRule {
  shape: Shape;
  /** Node width and height in model pixels. */
  size: number;
}

/** Shape by node label; organisations are refined by kind below. */
export const LABEL_SHAPES: Record<string, ShapeRule> = {
  Organisation: { shape: 'round-rectangle', size: 40 },
  Person: { shape: 'ellipse', size: 28 },
  Group: { shape: 'round-octagon', size: 40 },
  Mandate: { shape: 'tag', size: 30 },
  Channel: { shape: 'diamond', size: 34 },
  Agreement: { shape: 'rectangle', size: 40 },
  Element: { shape: 'bottom-round-rectangle', size: 30 },
  Pathway: { shape: 'vee', size: 36 },
  Step: { shape: 'pentagon', size: 28 },
};

export const DEFAULT_SHAPE: ShapeRule = { shape: 'ellipse', size: 30 };

/** Organisation kinds (the only label with a kind that changes the shape). */
export const KIND_SHAPES: Record<string, ShapeRule> = {
  REGION: { shape: 'star', size: 60 },
  HOSPITAL: { shape: 'round-rectangle', size: 44 },
  HOSPITAL_DEPARTMENT: { shape: 'cut-rectangle', size: 42 },
  MUNICIPALITY: { shape: 'hexagon', size: 38 },
  MUNICIPAL_UNIT: { shape: 'barrel', size: 30 },
  GP_PRACTICE: { shape: 'triangle', size: 34 },
  GP_ORGANISATION: { shape: 'round-triangle', size: 40 },
  CLUSTER: { shape: 'round-rectangle', size: 44 },
  NATIONAL_BODY: { shape: 'heptagon', size: 44 },
  PRIVATE_SPECIALIST: { shape: 'rhomboid', size: 34 },
};

/** Organisation kinds whose names stay readable when zoomed out: the structure's landmarks. */
export const PROMINENT_KINDS = ['REGION', 'HOSPITAL', 'HOSPITAL_DEPARTMENT', 'MUNICIPALITY', 'GP_ORGANISATION', 'NATIONAL_BODY'];

/** The shape a node gets: its kind's when the label is Organisation, else its label's. */
export function shapeRuleOf(label: string, kind: string | null): ShapeRule {
  if (label === 'Organisation' && kind && KIND_SHAPES[kind]) return KIND_SHAPES[kind];
  return LABEL_SHAPES[label] ?? DEFAULT_SHAPE;
}

/** The legend key of a node's shape: `kind.X` for organisations with a known kind, else `label.Y`. */
export function shapeKeyOf(label: string, kind: string | null): { prefix: 'kind' | 'label'; value: string } {
  if (label === 'Organisation' && kind && KIND_SHAPES[kind]) return { prefix: 'kind', value: kind };
  return { prefix: 'label', value: label };
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';
export type Arrow = 'triangle' | 'vee' | 'circle' | 'square' | 'tee' | 'none';

export interface EdgeRule {
  colour: string;
  lineStyle: LineStyle;
  width: number;
  arrow: Arrow;
}

/** Edge style by relation type. Colours have at least 3:1 contrast on white. */
export const EDGE_STYLES: Record<string, EdgeRule> = {
  PART_OF: { colour: '#64748B', lineStyle: 'solid', width: 1.5, arrow: 'triangle' },
  IN_CLUSTER: { colour: '#64748B', lineStyle: 'dotted', width: 1.5, arrow: 'triangle' },
  WORKS_IN: { colour: '#475569', lineStyle: 'solid', width: 1.5, arrow: 'triangle' },
  CONTACT_FOR: { colour: '#0F766E', lineStyle: 'solid', width: 3.5, arrow: 'vee' },
  MEMBER_OF: { colour: '#6D28D9', lineStyle: 'dashed', width: 1.5, arrow: 'triangle' },
  REPORTS_TO: { colour: '#1D4ED8', lineStyle: 'solid', width: 2, arrow: 'triangle' },
  ANCHORED_IN: { colour: '#92400E', lineStyle: 'dotted', width: 2, arrow: 'triangle' },
  SECRETARIAT_FOR: { colour: '#B45309', lineStyle: 'dashed', width: 2, arrow: 'square' },
  HOLDS: { colour: '#7C3AED', lineStyle: 'dotted', width: 2, arrow: 'circle' },
  GRANTED_BY: { colour: '#7C3AED', lineStyle: 'dashed', width: 1.5, arrow: 'triangle' },
  CONCERNS: { colour: '#7C3AED', lineStyle: 'dotted', width: 1.5, arrow: 'vee' },
  PROVIDES: { colour: '#0369A1', lineStyle: 'dashed', width: 2, arrow: 'triangle' },
  SERVES: { colour: '#0369A1', lineStyle: 'solid', width: 2, arrow: 'vee' },
  HAS_ELEMENT: { colour: '#6B7280', lineStyle: 'solid', width: 1, arrow: 'triangle' },
  PARTY_TO: { colour: '#4B5563', lineStyle: 'dashed', width: 1.5, arrow: 'triangle' },
  IMPLEMENTS: { colour: '#15803D', lineStyle: 'dashed', width: 2, arrow: 'triangle' },
  STATUS: { colour: '#6B7280', lineStyle: 'solid', width: 3, arrow: 'circle' },
  HAS_STEP: { colour: '#6B7280', lineStyle: 'solid', width: 1, arrow: 'triangle' },
};

export const DEFAULT_EDGE: EdgeRule = { colour: '#6B7280', lineStyle: 'solid', width: 1.5, arrow: 'triangle' };

/** STATUS edges take the traffic-light colour of their `level` (003: green, yellow, red, blue). */
export const STATUS_LEVEL_COLOURS: Record<string, string> = {
  GREEN: '#15803D',
  YELLOW: '#B7791F',
  RED: '#C62828',
  BLUE: '#1D4ED8',
};

export function edgeRuleOf(type: string, level?: string | null): EdgeRule {
  const rule = EDGE_STYLES[type] ?? DEFAULT_EDGE;
  if (type === 'STATUS' && level && STATUS_LEVEL_COLOURS[level]) return { ...rule, colour: STATUS_LEVEL_COLOURS[level] };
  return rule;
}

/** Relation types drawn as containment (a compound node) instead of a line. */
export const CONTAINMENT_RELATIONS = new Set(['IN_CLUSTER']);

/** Colours of the state classes. */
export const STATE_COLOURS = {
  selected: '#F5B800',
  /** The glow under a path: orange, apart from the selection's yellow. */
  path: '#FF8C1A',
  highlighted: '#111827',
  text: '#111827',
  clusterFill: '#F1F5F9',
  clusterBorder: '#64748B',
  clusterText: '#334155',
};
