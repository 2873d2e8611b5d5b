import { useEffect, useLayoutEffect } from 'react';
import { t } from '../i18n';

/** "Vejviser for Norddjurs – Hænderne": the page title, also the name of a printout or PDF. */
export const pageTitle = (screen: string): string => t('app.pageTitle', { screen });

/**
 * The route's title, set before any screen's own (layout effects run before the screens' passive
 * effects), so a screen that knows more ("Vejviser for Norddjurs") has the last word.
 */
export function useRouteTitle(screen: string): void {
  useLayoutEffect(() => {
    document.title = pageTitle(screen);
  }, [screen]);
}

/** A screen's own, fuller title (a municipality's guide, say), while it is shown. */
export function useDocumentTitle(screen: string | null): void {
  useEffect(() => {
    if (screen) document.title = pageTitle(screen);
  }, [screen]);
}
