import { Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { HomePage } from './HomePage';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { findArea } from './routes';
import { useAreaReady } from './useAreaReady';
import { useLocation } from '../lib/router';
import { LoadingNotice } from '../components/LoadingNotice';

export function App() {
  const location = useLocation();
  const first = location.segments[0];
  const area = findArea(first);
  const areaReady = useAreaReady(area, location.segments);
  let content;
  if (first === undefined) content = <HomePage />;
  else if (area) {
    const Page = area.page;
    const loading = <LoadingNotice label={`Loading ${area.label}…`} />;
    content = areaReady ? (
      <Suspense fallback={loading}>
        <Page />
      </Suspense>
    ) : (
      loading
    );
  } else content = <NotFound path={location.path} />;
  return (
    <Layout current={first ?? ''}>
      {/* keyed by area so an error in one area resets when the learner moves on */}
      <ErrorBoundary key={first ?? 'home'} area={area?.label ?? 'This page'}>
        {content}
      </ErrorBoundary>
    </Layout>
  );
}
