import { t } from '../../../i18n';
import { tg } from '../i18n';

interface MapToolbarProps {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  onExport: (format: 'png' | 'svg' | 'print') => void;
  /** The map is drawn: exports are possible. */
  ready: boolean;
  busy: boolean;
}

/** Zoom, fit and the exports, over the map's top right corner. */
export function MapToolbar({ onZoomIn, onZoomOut, onFit, onExport, ready, busy }: MapToolbarProps) {
  return (
    <div className="map__toolbar">
      <button type="button" className="icon-button" onClick={onZoomIn} aria-label={t('map.zoomIn')} title={t('map.zoomIn')}>
        +
      </button>
      <button type="button" className="icon-button" onClick={onZoomOut} aria-label={t('map.zoomOut')} title={t('map.zoomOut')}>
        −
      </button>
      <button type="button" className="text-button" onClick={onFit}>
        {t('map.fit')}
      </button>
      <button type="button" className="text-button" onClick={() => onExport('png')} disabled={!ready || busy} data-testid="export-png">
        {busy ? tg('export.busy') : tg('export.png')}
      </button>
      <button type="button" className="text-button" onClick={() => onExport('svg')} disabled={!ready || busy} data-testid="export-svg">
        {tg('export.svg')}
      </button>
      <button type="button" className="text-button" onClick={() => onExport('print')} disabled={!ready || busy} data-testid="export-print">
        {tg('export.print')}
      </button>
    </div>
  );
}
