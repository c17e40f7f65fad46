import { PageTitle } from '../../components/PageTitle';
import { href } from '../../lib/router';

/** Shown when a pack link inside the app names a pack this profile does not have. */
export function PackMissing({ error }: { error: string | null }) {
  return (
    <section className="panel" aria-labelledby="page-title">
      <PageTitle>Pack not found</PageTitle>
      <p>
        {error ??
          'This profile has no workshop pack with that id. It may have been deleted, or built under another profile.'}
      </p>
      <p>
        <a href={href('/workshop')}>Back to the workshop</a>
      </p>
    </section>
  );
}
