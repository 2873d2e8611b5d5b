import { useId, useMemo, useState } from 'react';
import { t, tVocab } from '../../../i18n';
import { collator } from '../../../lib/collator';
import { tg } from '../i18n';
import { legendColours, type ColourEntry } from '../lib/legend-colours';
import type { MapElements } from '../lib/to-elements';
import { edgeRuleOf, shapeKeyOf, shapeRuleOf, STATE_COLOURS, type EdgeRule, type Shape } from '../lib/visual-encoding';
import { EdgeIcon, ShapeIcon, Swatch } from './shape-icon';

interface LegendContent {
  colours: ColourEntry[];
  hasAggregate: boolean;
  shapes: Array<{ key: string; text: string; shape: Shape }>;
  edges: Array<{ key: string; text: string; rule: EdgeRule }>;
  hasFrames: boolean;
  hasContext: boolean;
}

/** What is drawn right now: the sectors, shapes and edge styles present on the map. */
function legendContent(elements: MapElements): LegendContent {
  const shapes = new Map<string, { text: string; shape: Shape }>();
  const parents = new Set<string>();
  for (const n of elements.nodes) if (n.isFrame) parents.add(n.id);
  for (const n of elements.nodes) {
    if (parents.has(n.id)) continue; // drawn as a frame, listed below
    const key = shapeKeyOf(n.label, n.kind || null);
    const id = `${key.prefix}.${key.value}`;
    if (!shapes.has(id)) shapes.set(id, { text: tVocab(key.prefix, key.value), shape: shapeRuleOf(n.label, n.kind || null).shape });
  }
  const edges = new Map<string, { text: string; rule: EdgeRule }>();
  for (const e of elements.edges) {
    const level = e.type === 'STATUS' ? e.level : '';
    const id = level ? `${e.type}:${level}` : e.type;
    if (edges.has(id)) continue;
    const text = level ? t('legend.status', { level: tVocab('level', level) }) : tVocab('relation', e.type);
    edges.set(id, { text, rule: edgeRuleOf(e.type, level) });
  }
  const byText = <T extends { text: string }>(a: T, b: T) => collator.compare(a.text, b.text);
  return {
    colours: legendColours(elements),
    hasAggregate: elements.edges.some((e) => e.count > 1),
    shapes: [...shapes].map(([key, v]) => ({ key, ...v })).sort(byText),
    edges: [...edges].map(([key, v]) => ({ key, ...v })).sort(byText),
    hasFrames: parents.size > 0,
    hasContext: elements.nodes.some((n) => n.context),
  };
}

export function GraphLegend({ elements, hasPath = false }: { elements: MapElements; hasPath?: boolean }) {
  const content = useMemo(() => legendContent(elements), [elements]);
  const empty = content.colours.length === 0 && !content.hasFrames;
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  return (
    <section className="legend" aria-labelledby="legend-heading" data-testid="legend" data-open={open}>
      <div className="legend__head">
        <h2 id="legend-heading" className="legend__heading">
          {t('legend.heading')}
        </h2>
        <button type="button" className="link-button" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          {open ? t('legend.hide') : t('legend.show')}
        </button>
      </div>
      {!open ? null : empty ? (
        <p className="legend__empty" id={bodyId}>
          {t('legend.empty')}
        </p>
      ) : (
        <div className="legend__groups" id={bodyId}>
          <div className="legend__group">
            <h3>{t('legend.sectors')}</h3>
            <ul>
              {content.colours.map((c) => (
                <li key={c.key} data-sector={c.key.startsWith('sector.') ? c.key.slice(7) : undefined} data-colour={c.key}>
                  <Swatch colour={c.colour} />
                  {c.text}
                </li>
              ))}
            </ul>
          </div>
          <div className="legend__group">
            <h3>{t('legend.shapes')}</h3>
            <ul>
              {content.shapes.map((s) => (
                <li key={s.key} data-shape={s.key}>
                  <ShapeIcon shape={s.shape} colour="#374151" />
                  {s.text}
                </li>
              ))}
              {content.hasFrames && (
                <li data-shape="frame">
                  <span
                    className="legend__frame"
                    style={{ borderColor: STATE_COLOURS.clusterBorder, backgroundColor: STATE_COLOURS.clusterFill }}
                    aria-hidden="true"
                  />
                  {t('legend.cluster')}
                </li>
              )}
              {content.hasContext && (
                <li data-shape="context">
                  <span className="legend__context" aria-hidden="true" />
                  {tg('legend.temporary')}
                </li>
              )}
              {hasPath && (
                <li data-shape="path">
                  <span className="legend__path" aria-hidden="true" />
                  {tg('legend.path')}
                </li>
              )}
            </ul>
          </div>
          {content.edges.length > 0 && (
            <div className="legend__group">
              <h3>{t('legend.edges')}</h3>
              <ul>
                {content.hasAggregate && (
                  <li data-edge="aggregate">
                    <EdgeIcon colour="#64748B" lineStyle="solid" width={6} arrow="triangle" />
                    {tg('legend.aggregate')}
                  </li>
                )}
                {content.edges.map((e) => (
                  <li key={e.key} data-edge={e.key}>
                    <EdgeIcon {...e.rule} colour={e.rule.colour} />
                    {e.text}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
