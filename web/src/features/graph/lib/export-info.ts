import { getLanguage, tVocab } from '../../../i18n';
import { tg } from '../i18n';
import type { GraphIndex } from './build-view';
import type { ExportInfo } from './export-image';
import { legendColours } from './legend-colours';
import type { MapElements } from './to-elements';
import type { EffectiveFilters, ViewState } from './view-state';

/** Title, date, scope, filters and legend of the view as it is: what an exported picture says about itself. */
export function exportInfoOf(view: ViewState, hidden: EffectiveFilters, index: GraphIndex, elements: MapElements): ExportInfo {
  const nameOf = (id: string | null) => (id ? (index.nodeById.get(id)?.name ?? id) : null);
  const scope = [nameOf(view.cluster), nameOf(view.municipality)].filter(Boolean).join(' · ') || tg('export.scopeAll');
  const focus = view.focus ? `, ${tg('export.focus', { name: nameOf(view.focus)!, depth: view.depth })}` : '';
  const date = new Intl.DateTimeFormat(getLanguage() === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'long' }).format(new Date());
  const hiddenWords = [
    ...[...hidden.hiddenSectors].map((v) => tVocab('sector', v)),
    ...[...hidden.hiddenLabels].map((v) => tVocab('label', v)),
    ...[...hidden.hiddenKinds].map((v) => tVocab('kind', v)),
    ...[...hidden.hiddenRelations].map((v) => tVocab('relation', v)),
  ];
  const legend = legendColours(elements).map(({ colour, text }) => ({ colour, text }));
  const filters = [hiddenWords.length > 0 ? tg('export.hidden', { list: hiddenWords.join(', ') }) : tg('export.noFilters')];
  if (elements.edges.some((e) => e.count > 1)) filters.push(tg('export.aggregate'));
  return {
    title: tg('export.title'),
    subtitle: tg('export.subtitle', { date, scope: scope + focus }),
    filters,
    legend,
    source: tg('export.source', { url: window.location.href }),
  };
}
