import { awsManagedPolicies } from '../../../lib/sandbox/awsManaged';
import type { EditContext } from './editing';

/** The permissions boundary of a user or role: one managed policy, or none. */
export function BoundaryPicker({
  ctx,
  account,
  value,
  onChange,
}: {
  ctx: EditContext;
  account: string;
  value: string | null;
  onChange: (ref: string | null) => void;
}) {
  const a = ctx.org.accounts.find((x) => x.id === account);
  return (
    <section className="sub-section">
      <label>
        <span>Permissions boundary</span>{' '}
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">None</option>
          {a?.policies.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name} (customer managed)
            </option>
          ))}
          {awsManagedPolicies.map((p) => (
            <option key={p.arn} value={p.arn}>
              {p.name} (AWS managed, simplified copy)
            </option>
          ))}
        </select>
      </label>
      <p className="hint">A boundary grants nothing: it caps what the identity policies allow.</p>
    </section>
  );
}
