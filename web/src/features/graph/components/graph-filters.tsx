import { useId } from 'react';
import { t, tVocab } from '../../../i18n';
import { tg } from '../i18n';
import { LABEL_SHAPES, DEFAULT_SHAPE, edgeRuleOf, sectorColour, shapeRuleOf } from '../lib/visual-encoding';
import { EdgeIcon, ShapeIcon, Swatch } from './shape-icon';

export interface ScopeOption {
  id: string;
  name: string;
}

export interface FilterOption {
  value: string;
  count: number;
}

interface GraphFiltersProps {
  sectors: FilterOption[];
  labels: FilterOption[];
  kinds: FilterOption[];
  hiddenSectors: ReadonlySet<string>;
  hiddenLabels: ReadonlySet<string>;
  hiddenKinds: ReadonlySet<string>;
  relations: FilterOption[];
  hiddenRelations: ReadonlySet<string>;
  clusters: ScopeOption[];
  municipalities: ScopeOption[];
  cluster: string | null;
  municipality: string | null;
  onCluster: (id: string | null) => void;
  onMunicipality: (id: string | null) => void;
  onToggleRelation: (type: string) => void;
  onToggleSector: (sector: string) => void;
  onToggleLabel: (label: string) => void;
  onToggleKind: (kind: string) => void;
  onReset: () => void;
}

/** Checkboxes per sector, node label and organisation kind present in the data, with counts. */
export function GraphFilters(props: GraphFiltersProps) {
  const clusterId = useId();
  const municipalityId = useId();
  const anyHidden =
    props.hiddenSectors.size > 0 ||
    props.hiddenLabels.size > 0 ||
    props.hiddenKinds.size > 0 ||
    props.hiddenRelations.size > 0 ||
    props.cluster !== null ||
    props.municipality !== null;
  const organisationsHidden = props.hiddenLabels.has('Organisation');
  return (
    <section className="filters" aria-labelledby="filters-heading">
      <div className="filters__head">
        <h2 id="filters-heading">{t('filters.heading')}</h2>
        {anyHidden && (
          <button type="button" className="link-button" onClick={props.onReset}>
            {t('filters.reset')}
          </button>
        )}
      </div>
      <fieldset className="filters__scope">
        <legend>{tg('filters.scope')}</legend>
        <label htmlFor={clusterId} className="select-label">
          {tg('filters.cluster')}
        </label>
        <select id={clusterId} name="cluster" value={props.cluster ?? ''} onChange={(e) => props.onCluster(e.target.value || null)}>
          <option value="">{tg('filters.allClusters')}</option>
          {props.clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <label htmlFor={municipalityId} className="select-label">
          {tg('filters.municipality')}
        </label>
        <select id={municipalityId} name="municipality" value={props.municipality ?? ''} onChange={(e) => props.onMunicipality(e.target.value || null)}>
          <option value="">{tg('filters.allMunicipalities')}</option>
          {props.municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      </fieldset>
      <fieldset>
        <legend>{t('filters.sectors')}</legend>
        {props.sectors.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" name="sector" value={o.value} checked={!props.hiddenSectors.has(o.value)} onChange={() => props.onToggleSector(o.value)} />
            <Swatch colour={sectorColour(o.value)} />
            <span className="check__text">{tVocab('sector', o.value)}</span>
            <span className="check__count">{t('filters.count', { count: o.count })}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filters.labels')}</legend>
        {props.labels.map((o) => (
          <label key={o.value} className="check">
            <input type="checkbox" name="label" value={o.value} checked={!props.hiddenLabels.has(o.value)} onChange={() => props.onToggleLabel(o.value)} />
            <ShapeIcon shape={(LABEL_SHAPES[o.value] ?? DEFAULT_SHAPE).shape} colour="#374151" />
            <span className="check__text">{tVocab('label', o.value)}</span>
            <span className="check__count">{t('filters.count', { count: o.count })}</span>
          </label>
        ))}
      </fieldset>
      {props.kinds.length > 0 && (
        <fieldset disabled={organisationsHidden}>
          <legend>{t('filters.kinds')}</legend>
          {props.kinds.map((o) => (
            <label key={o.value} className="check">
              <input type="checkbox" name="kind" value={o.value} checked={!props.hiddenKinds.has(o.value)} onChange={() => props.onToggleKind(o.value)} />
              <ShapeIcon shape={shapeRuleOf('Organisation', o.value).shape} colour="#374151" />
              <span className="check__text">{tVocab('kind', o.value)}</span>
              <span className="check__count">{t('filters.count', { count: o.count })}</span>
            </label>
          ))}
        </fieldset>
      )}
      {props.relations.length > 0 && (
        <fieldset>
          <legend>{tg('filters.relations')}</legend>
          {props.relations.map((o) => {
            const rule = edgeRuleOf(o.value);
            return (
              <label key={o.value} className="check">
                <input
                  type="checkbox"
                  name="relation"
                  value={o.value}
                  checked={!props.hiddenRelations.has(o.value)}
                  onChange={() => props.onToggleRelation(o.value)}
                />
                <EdgeIcon {...rule} colour={rule.colour} />
                <span className="check__text">{tVocab('relation', o.value)}</span>
                <span className="check__count">{t('filters.count', { count: o.count })}</span>
              </label>
            );
          })}
        </fieldset>
      )}
    </section>
  );
}
