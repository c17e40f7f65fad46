import { PageTitle } from '../../components/PageTitle';
import { LoadingNotice } from '../../components/LoadingNotice';
import { useActiveProfile } from '../../db/useActiveProfile';
import { href, useLocation } from '../../lib/router';
import { Dashboard } from './Dashboard';
import { DataPanel } from './DataPanel';
import { ProfilesPanel } from './ProfilesPanel';
import './progress.css';

const tabs = [
  { path: '', label: 'Dashboard' },
  { path: 'profiles', label: 'Profiles' },
  { path: 'data', label: 'Backup and storage' },
] as const;

/** #/progress (dashboard), #/progress/profiles, #/progress/data. */
export function ProgressPage() {
  const { segments } = useLocation();
  const sub = segments[1] ?? '';
  const { profile, error } = useActiveProfile();
  const tab = tabs.find((t) => t.path === sub);
  return (
    <div className="progress-page">
      <PageTitle title={tab && tab.path ? `Progress: ${tab.label}` : 'Progress'}>
        Progress
      </PageTitle>
      <nav aria-label="Progress sections">
        <ul className="sub-nav">
          {tabs.map((t) => (
            <li key={t.path}>
              <a
                href={href(t.path ? `/progress/${t.path}` : '/progress')}
                aria-current={t.path === sub ? 'page' : undefined}
              >
                {t.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {error && <p className="notice notice-warn">{error}</p>}
      {!tab && (
        <p className="notice notice-warn">
          There is no “{sub}” section here. <a href={href('/progress')}>Open the dashboard</a>.
        </p>
      )}
      {tab?.path === 'profiles' && <ProfilesPanel />}
      {profile === null && !error && tab?.path !== 'profiles' && (
        <LoadingNotice label="Loading your profile…" />
      )}
      {profile && tab?.path === '' && (
        <Dashboard key={profile.id} profileId={profile.id} profileName={profile.name} />
      )}
      {profile && tab?.path === 'data' && <DataPanel profile={profile} />}
    </div>
  );
}
