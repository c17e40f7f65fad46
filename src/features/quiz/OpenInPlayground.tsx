import type { Question } from '../../content/schema';
import { playgroundLink } from './scenarioLink';

/** For a question with a policy scenario: open that scenario in the playground. */
export function OpenInPlayground({ question }: { question: Question }) {
  if (!question.scenario) return null;
  return (
    <a className="button secondary" href={playgroundLink(question.scenario)}>
      Open in playground
    </a>
  );
}
