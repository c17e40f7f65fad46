import { highlightJson } from '../../content/highlight';

/** A read-only policy document with JSON highlighting. */
export function PolicyDocument({ label, document }: { label: string; document: unknown }) {
  const json = JSON.stringify(document, null, 2);
  return (
    <figure className="policy-document">
      <figcaption>{label}</figcaption>
      <pre className="code" tabIndex={0} aria-label={label}>
        <code dangerouslySetInnerHTML={{ __html: highlightJson(json) }} />
      </pre>
    </figure>
  );
}
