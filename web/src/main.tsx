import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { setLanguage } from './i18n';
import './app/app.css';

// Danish by default; ?lang=en switches until a language menu exists.
if (new URLSearchParams(window.location.search).get('lang') === 'en') setLanguage('en');

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(<App />);
