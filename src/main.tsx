import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { registerServiceWorkerWhenIdle } from './app/serviceWorker';
import { applyTheme, readStoredTheme } from './app/theme';
import './styles/global.css';
import './styles/content.css';
import './styles/playground.css';

applyTheme(readStoredTheme());

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');
const reactRoot = createRoot(root);
// A transition lets React render the first page in small slices instead of one long task.
startTransition(() => {
  reactRoot.render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});

registerServiceWorkerWhenIdle();
