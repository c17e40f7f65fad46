import { registerSW } from 'virtual:pwa-register';
import { useAppStore } from '../store';
import { whenIdle } from '../lib/whenIdle';

/**
 * Registers the service worker in prompt mode: a new version is announced and waits for the
 * learner (never mid-exam, never over an unsaved draft). Where registration is impossible
 * (private mode, unsupported browser, plain http on another host) the app keeps working online
 * and says offline use is unavailable.
 */
export function registerServiceWorker(): void {
  const store = useAppStore.getState();
  if (!('serviceWorker' in navigator)) {
    store.setOfflineStatus('unavailable', 'This browser does not support service workers.');
    return;
  }
  if (import.meta.env.DEV) {
    store.setOfflineStatus('unavailable', 'Offline use is off in development mode (npm run dev).');
    return;
  }
  const updateSW = registerSW({
    // Register after the page's load event, so precaching never competes with the first render.
    immediate: false,
    onNeedRefresh() {
      useAppStore.getState().setUpdateWaiting(() => void updateSW(true));
    },
    onOfflineReady() {
      useAppStore.getState().setOfflineStatus('ready');
    },
    onRegisteredSW(_url, registration) {
      if (registration?.active) useAppStore.getState().setOfflineStatus('ready');
    },
    onRegisterError(error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      useAppStore.getState().setOfflineStatus('unavailable', reason);
    },
  });
}

/**
 * Registers the service worker once the page has loaded and the browser is idle: its code
 * (workbox-window) and the precache download never compete with the first screen.
 */
export function registerServiceWorkerWhenIdle(): void {
  const idle = () => void whenIdle(registerServiceWorker, 2000);
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}
