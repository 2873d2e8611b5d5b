import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { getLanguage, withLanguage } from '../i18n';

/**
 * Keeps `?lang=en` in the address while the app is in English, whatever a screen writes there
 * (its own filters, the map's view), so a reload or a copied link opens in English too. Danish,
 * the default, needs nothing in the address.
 */
export function useLanguageInAddress(): void {
  const [location] = useLocation();
  const search = useSearch();
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new location is the moment a screen may have written an address without ?lang=en
  useEffect(() => {
    if (getLanguage() !== 'en' || new URLSearchParams(search).get('lang') === 'en') return;
    const here = window.location.pathname + window.location.search + window.location.hash;
    window.history.replaceState(window.history.state, '', withLanguage(here, 'en'));
  }, [location, search]);
}

/** For the router's `hrefs`: a link drawn in English carries `?lang=en` (open in a new tab, copy). */
export const languageHref = (href: string): string => (getLanguage() === 'en' ? withLanguage(href, 'en') : href);
