import { Link, useLocation } from 'wouter';
import { getLanguage, t } from '../i18n';
import { ROUTES } from './routes';

/** The main navigation and the language switch, in the header on every screen. */
export function AppNav() {
  const [location] = useLocation();
  const other = getLanguage() === 'da' ? 'en' : 'da';
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul className="app-nav__list">
        {ROUTES.filter((r) => r.navHref && r.navLabel).map((r) => {
          const current = r.navHref === '/' ? location === '/' : location.startsWith(r.navHref!);
          return (
            <li key={r.path}>
              <Link href={r.navHref!} className="app-nav__link" aria-current={current ? 'page' : undefined}>
                {t(r.navLabel!)}
              </Link>
            </li>
          );
        })}
      </ul>
      <a className="app-nav__language" href={languageHref(other)} lang={other}>
        {other === 'en' ? 'English' : 'Dansk'}
      </a>
    </nav>
  );
}

/** The same page with the other language; a full load, so every text is drawn anew. */
function languageHref(language: 'da' | 'en'): string {
  const url = new URL(window.location.href);
  if (language === 'en') url.searchParams.set('lang', 'en');
  else url.searchParams.delete('lang');
  return url.pathname + url.search + url.hash;
}
