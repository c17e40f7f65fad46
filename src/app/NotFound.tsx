import { areaRoutes } from './routes';
import { href } from '../lib/router';
import { PageTitle } from '../components/PageTitle';

export function NotFound({ path }: { path: string }) {
  return (
    <section className="panel" aria-labelledby="page-title">
      <PageTitle>Page not found</PageTitle>
      <p>
        There is no page at <code>{path}</code>. The link may be mistyped or from a newer version of
        the app. These areas exist:
      </p>
      <ul>
        {areaRoutes.map((r) => (
          <li key={r.segment}>
            <a href={href(`/${r.segment}`)}>{r.label}</a> — {r.blurb}
          </li>
        ))}
      </ul>
    </section>
  );
}
