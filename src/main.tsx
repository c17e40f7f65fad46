import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { findArea } from './app/routes';
import { firstViewReady } from './app/useAreaReady';
import { registerServiceWorkerWhenIdle } from './app/serviceWorker';
import { applyTheme, readStoredTheme } from './app/theme';
import { currentLocation } from './lib/router';
import './styles/global.css';
import './styles/content.css';
import './styles/playground.css';

applyTheme(readStoredTheme());

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const reactRoot = createRoot(root);

// A deep link's first screen in one paint: the page it opens (fetched alongside this bundle,
// see scripts/routeHintsPlugin.ts) renders with the shell instead of after a loading notice,
// so the browser lays the screen out once. At most 1.5 s: a slow network still sees the shell
// and the page's loading notice.
const { segments } = currentLocation();
void firstViewReady(findArea(segments[0]), segments, 1500).then(() =>
  // A transition lets React render the first page in small slices instead of one long task.
  startTransition(() => {
    reactRoot.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  }),
);

registerServiceWorkerWhenIdle();
