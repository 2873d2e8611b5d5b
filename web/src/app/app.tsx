import { GraphExplorer } from '../features/graph';
import { t } from '../i18n';
import { AppProvider } from './provider';

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
        </header>
        <GraphExplorer />
      </div>
    </AppProvider>
  );
}
