import { useState } from 'react';
import type { Core } from 'cytoscape';
import { tg } from '../i18n';
import { composePng, composeSvg, downloadBlob, isoDate, type ExportInfo } from '../lib/export-image';

/**
 * The map's exports: PNG and SVG downloads, and a print page (the same picture alone on the
 * page, for paper or "Save as PDF"). Each carries title, date, scope, filters and legend.
 */
export function useMapExport(cy: Core | null, info: () => ExportInfo) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [printUrl, setPrintUrl] = useState<string | null>(null);

  const run = (format: 'png' | 'svg' | 'print') => {
    if (!cy || busy) return;
    setBusy(true);
    setError(null);
    // A frame later, so the busy text is drawn before the (synchronous) rendering starts.
    requestAnimationFrame(() => {
      // The exported picture is large: every label that does not overlap another is drawn there,
      // whatever the screen's zoom leaves out.
      const lod = cy.elements('.lod-hidden');
      const work = async () => {
        lod.removeClass('lod-hidden');
        const date = isoDate();
        if (format === 'svg') return downloadBlob(await composeSvg(cy, info()), tg('export.fileNameSvg', { date }));
        const png = await composePng(cy, info());
        if (format === 'png') return downloadBlob(png, tg('export.fileName', { date }));
        setPrintUrl((old) => {
          if (old) URL.revokeObjectURL(old);
          return URL.createObjectURL(png);
        });
      };
      work()
        .catch((err: unknown) => setError(tg('export.failed', { message: (err as Error).message })))
        .finally(() => {
          lod.addClass('lod-hidden');
          setBusy(false);
        });
    });
  };
  const closePrint = () =>
    setPrintUrl((old) => {
      if (old) URL.revokeObjectURL(old);
      return null;
    });
  return { busy, error, run, printUrl, closePrint };
}
