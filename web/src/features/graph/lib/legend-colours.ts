import { tVocab } from '../../../i18n';
import { NO_SECTOR } from '../types';
import type { MapElements } from './to-elements';
import { LABEL_COLOUR_ALIAS, LABEL_COLOUR_ORDER, LABEL_COLOURS, SECTOR_ORDER, nodeColour } from './visual-encoding';

export interface ColourEntry {
  /** `sector.X` or `label.Y`. */
  key: string;
  colour: string;
  text: string;
}

/**
 * The colours drawn right now, in legend order: the sectors, then what the nodes without a
 * sector are (channel, group, agreement …), each with its own colour. Frames are not counted.
 */
export function legendColours(elements: MapElements): ColourEntry[] {
  const parents = new Set<string>();
  for (const n of elements.nodes) if (n.isFrame) parents.add(n.id);
  const sectors = new Set<string>();
  const labels = new Set<string>();
  for (const n of elements.nodes) {
    if (parents.has(n.id)) continue;
    if (n.sector !== NO_SECTOR) sectors.add(n.sector);
    else labels.add(LABEL_COLOUR_ALIAS[n.label] ?? n.label);
  }
  const entries: ColourEntry[] = [];
  for (const s of [...SECTOR_ORDER, ...[...sectors].filter((x) => !SECTOR_ORDER.includes(x))]) {
    if (sectors.has(s)) entries.push({ key: `sector.${s}`, colour: nodeColour(s, ''), text: tVocab('sector', s) });
  }
  const aliasesOf = (label: string) =>
    Object.entries(LABEL_COLOUR_ALIAS)
      .filter(([, to]) => to === label)
      .map(([from]) => from);
  for (const l of [...LABEL_COLOUR_ORDER, ...[...labels].filter((x) => !LABEL_COLOUR_ORDER.includes(x))]) {
    if (!labels.has(l)) continue;
    const text = [l, ...aliasesOf(l)].map((x) => tVocab('label', x)).join(', ');
    entries.push({ key: `label.${l}`, colour: LABEL_COLOURS[l] ?? nodeColour(NO_SECTOR, l), text });
  }
  return entries;
}
