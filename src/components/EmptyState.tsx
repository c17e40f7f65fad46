import type { ReactNode } from 'react';
import { PageTitle } from './PageTitle';

/** An area's first screen when it has nothing to show yet: what it holds and what to do first. */
export function EmptyState({
  title,
  intro,
  steps,
  children,
}: {
  title: string;
  intro: string;
  steps: string[];
  children?: ReactNode;
}) {
  return (
    <section className="panel empty-state" aria-labelledby="page-title">
      <PageTitle>{title}</PageTitle>
      <p className="lead">{intro}</p>
      <h2>Where to start</h2>
      <ol>
        {steps.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ol>
      {children}
    </section>
  );
}
