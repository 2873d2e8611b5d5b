import { Suspense } from 'react';
import { Route, Router, Switch, matchRoute, useLocation, useRouter } from 'wouter';
import { t } from '../i18n';
import { SignInControl } from '../features/editing';
import { AppNav } from './app-nav';
import { languageHref, useLanguageInAddress } from './language-in-address';
import { useRouteTitle } from './page-title';
import { AppProvider } from './provider';
import { ROUTES, type AppRoute } from './routes';

export function App() {
  return (
    <AppProvider>
      <Router hrefs={languageHref}>
        <AppFrame />
      </Router>
    </AppProvider>
  );
}

/** The route the address is at (the first that matches, as in the Switch below). */
function useCurrentRoute(): AppRoute | null {
  const router = useRouter();
  const [location] = useLocation();
  return ROUTES.find((r) => matchRoute(router.parser, r.path, location)[0]) ?? null;
}

function AppFrame() {
  const route = useCurrentRoute();
  useLanguageInAddress();
  useRouteTitle(t(route?.title ?? 'title.notFound'));
  return (
    <div className="app">
      {/* Names what it skips to, per screen ("Spring til kontaktsøgningen"). */}
      <a className="skip-link" href="#main">
        {t(route?.skip ?? 'app.skip.main')}
      </a>
      <header className="app__header">
        <h1 className="app__title">{t('app.title')}</h1>
        <p className="app__subtitle">{t('app.subtitle')}</p>
        <AppNav />
        <SignInControl />
      </header>
      <Suspense
        fallback={
          <p className="app__loading" role="status">
            {t('app.loadingScreen')}
          </p>
        }
      >
        <Switch>
          {ROUTES.map((r) => (
            <Route key={r.path} path={r.path} component={r.screen} />
          ))}
          <Route>
            <main id="main" className="app__not-found">
              <h2>{t('app.notFound')}</h2>
            </main>
          </Route>
        </Switch>
      </Suspense>
    </div>
  );
}
