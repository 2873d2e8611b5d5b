import { Link, useLocation } from 'wouter';
import { getLanguage, rememberLanguage, t, withLanguage } from '../i18n';
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
      {/* The user's own choice: remembered for later visits, and said outright in the address. */}
      <a className="app-nav__language" href={switchHref(other)} lang={other} onClick={() => rememberLanguage(other)}>
        {other === 'en' ? 'English' : 'Dansk'}
      </a>
    </nav>
  );
}

/**
 * The same page in the other language; a full load, so every text is drawn anew. Danish is said
 * outright (?lang=da) so it wins over a remembered English even where storage is off.
 */
function switchHref(language: 'da' | 'en'): string {
  return withLanguage(window.location.pathname + window.location.search + window.location.hash, language, true);
}
