import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { t } from '../i18n';
import { SignInControl } from '../features/editing';
import { AppNav } from './app-nav';
import { AppProvider } from './provider';
import { ROUTES } from './routes';

export function App() {
  return (
    <AppProvider>
      <div className="app">
        <a className="skip-link" href="#main">
          {t('app.skipToMap')}
        </a>
        <header className="app__header">
          <h1 className="app__title">{t('app.title')}</h1>
          <p className="app__subtitle">{t('app.subtitle')}</p>
          <AppNav />
          <SignInControl />
        </header>
        <Suspense fallback={<p className="app__loading" role="status">{t('app.loadingScreen')}</p>}>
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
    </AppProvider>
  );
}
