import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { setupI18n } from './lib/i18n.ts';
import { trackNavigation } from './lib/navigationFocus.ts';
import { preloadPageFor } from './routes.tsx';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html lacks #root');

// Locale bundle, session check (in App) and the current page's chunk load side by side.
void setupI18n();
preloadPageFor(window.location.pathname);
trackNavigation();

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
