import { highlightJson } from '../../content/highlight';

/** A read-only policy document with JSON highlighting. */
export function PolicyDocument({ label, document }: { label: string; document: unknown }) {
  return (
    <HighlightedPolicy label={label} html={highlightJson(JSON.stringify(document, null, 2))} />
  );
}

/** A policy document already highlighted (`html` from highlightJson: escaped text in spans). */
export function HighlightedPolicy({ label, html }: { label: string; html: string }) {
  return (
    <figure className="policy-document">
      <figcaption>{label}</figcaption>
      <pre className="code" tabIndex={0} aria-label={label}>
        <code dangerouslySetInnerHTML={{ __html: html }} />
      </pre>
    </figure>
  );
}
