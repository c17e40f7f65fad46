import { Suspense, type ReactNode } from 'react';
import { lazyNamed } from '../lib/lazyNamed';
import { areaRoutes } from './routes';
import { href } from '../lib/router';
import { ThemeSwitch } from './ThemeSwitch';
import { OfflineBadge } from './OfflineBadge';
import { ProfileSwitcher } from './ProfileSwitcher';
import { UpdateBanner } from './UpdateBanner';
import { useDatabaseInUse } from '../db/databaseInUse';

// Lazy, and only once a page has loaded the database: it watches the database's writes.
const StorageAlert = lazyNamed(() => import('./StorageAlert'), 'StorageAlert');

export function Layout({ current, children }: { current: string; children: ReactNode }) {
  const databaseInUse = useDatabaseInUse();
  return (
    <>
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <header className="site-header">
        <a className="brand" href={href('/')} aria-current={current === '' ? 'page' : undefined}>
          <img src="icons/icon.svg" alt="" width="28" height="28" />
          <span>Least Privilege</span>
        </a>
        <nav aria-label="Main">
          <ul className="nav-list">
            {areaRoutes.map((r) => (
              <li key={r.segment}>
                <a
                  href={href(`/${r.segment}`)}
                  aria-current={current === r.segment ? 'page' : undefined}
                >
                  {r.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="header-tools">
          <ProfileSwitcher />
          {databaseInUse && (
            <Suspense fallback={null}>
              <StorageAlert />
            </Suspense>
          )}
          <OfflineBadge />
          <ThemeSwitch />
        </div>
      </header>
      <UpdateBanner />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Least Privilege runs entirely in your browser. Nothing you do is sent anywhere, and
          nothing here talks to AWS. Not affiliated with Amazon Web Services.
        </p>
      </footer>
    </>
  );
}

/** The skip link must not change the hash: the hash is the route. */
function skipToMain(event: React.MouseEvent) {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
