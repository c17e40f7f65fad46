import type { Question } from '../../content/schema';
import { RichText } from '../RichText';

/** The verdict, the explanation and the AWS references, after a question is answered. */
export function AnswerFeedback({ question, correct }: { question: Question; correct: boolean }) {
  return (
    <div className={`feedback ${correct ? 'feedback-right' : 'feedback-wrong'}`} role="status">
      <p className="feedback-verdict">
        <strong>{correct ? '✓ Correct' : '✗ Not quite'}</strong>
      </p>
      <RichText text={question.explanation} />
      <p className="references">
        Read more:{' '}
        {question.references.map((url, i) => (
          <span key={url}>
            {i > 0 && ' · '}
            <a href={url} target="_blank" rel="noopener noreferrer">
              {shortDocName(url)}
            </a>
          </span>
        ))}
      </p>
    </div>
  );
}

/** "reference_iam-quotas" from a docs URL, so a list of links stays readable. */
export function shortDocName(url: string): string {
  try {
    const u = new URL(url);
    const last = u.pathname.split('/').filter(Boolean).pop() ?? u.hostname;
    return `${last.replace(/\.html$/, '')} (AWS docs)`;
  } catch {
    return url;
  }
}
