import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadFirstScreen } from './app/routes';
import { startLanguage } from './i18n';
import './app/app.css';

// Danish by default; ?lang=en (or the language switch's remembered choice) switches.
startLanguage();
preloadFirstScreen(window.location.pathname);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(<App />);
