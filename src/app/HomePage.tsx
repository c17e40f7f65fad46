import { PageTitle } from '../components/PageTitle';
import { areaRoutes } from './routes';
import { href } from '../lib/router';

export function HomePage() {
  return (
    <div className="home">
      <section className="hero" aria-labelledby="page-title">
        <PageTitle title="Home">Least Privilege</PageTitle>
        <p className="lead">
          An offline study lab for AWS Identity and Access Management. Learn how IAM decides, try it
          in a sandbox that never talks to AWS, and check yourself with exam-style questions.
        </p>
        <p className="actions">
          <a className="button" href={href('/lessons')}>
            Start the course
          </a>
          <a className="button secondary" href={href('/playground')}>
            Open the playground
          </a>
        </p>
      </section>
      <ul className="area-grid" aria-label="Areas">
        {areaRoutes.map((r) => (
          <li key={r.segment} className="card">
            <h2>
              <a href={href(`/${r.segment}`)}>{r.label}</a>
            </h2>
            <p>{r.blurb}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
