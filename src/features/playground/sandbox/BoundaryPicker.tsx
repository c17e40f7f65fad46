import { awsManagedPolicies } from '../../../lib/sandbox/awsManaged';
import type { EditContext } from './editing';
import { SelectField } from './SelectField';

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
      <SelectField
        label="Permissions boundary"
        value={value ?? ''}
        empty="None"
        options={[
          ...(a?.policies ?? []).map((p) => ({
            value: p.name,
            label: `${p.name} (customer managed)`,
          })),
          ...awsManagedPolicies.map((p) => ({
            value: p.arn,
            label: `${p.name} (AWS managed, simplified copy)`,
          })),
        ]}
        onChange={(v) => onChange(v || null)}
      />
      <p className="hint">A boundary grants nothing: it caps what the identity policies allow.</p>
    </section>
  );
}
