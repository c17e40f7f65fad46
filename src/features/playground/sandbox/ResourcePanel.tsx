import { resourceArn } from '../../../lib/sandbox/arns';
import { resourceTypeLabels } from '../../../lib/sandbox/locations';
import { blankPolicy, locationKey, type EditContext } from './editing';
import { PolicyField } from './PolicyField';
import { TagsEditor } from './TagsEditor';

/** A resource: its ARN, Region, tags and resource-based policy. */
export function ResourcePanel({
  ctx,
  account,
  name,
}: {
  ctx: EditContext;
  account: string;
  name: string;
}) {
  const a = ctx.org.accounts.find((x) => x.id === account);
  const r = a?.resources.find((x) => x.name === name);
  if (!a || !r) return <p>This resource no longer exists.</p>;
  const edit = (change: (res: NonNullable<typeof r>) => void) =>
    ctx.update((d) => {
      const res = d.accounts
        .find((x) => x.id === account)
        ?.resources.find((x) => x.name === name && x.type === r.type);
      if (res) change(res);
    });
  return (
    <section aria-labelledby="detail-title">
      <h3 id="detail-title">
        {resourceTypeLabels[r.type]} {r.name}
      </h3>
      <p className="hint">
        <code>{resourceArn(account, r)}</code> · Region {r.region} · account {a.name}
      </p>
      <TagsEditor
        label={r.name}
        tags={r.tags}
        onChange={(tags) => edit((x) => void (x.tags = tags))}
      />
      <h4>{r.type === 'kms' ? 'Key policy' : 'Resource-based policy'}</h4>
      {r.policy === null ? (
        <button
          type="button"
          className="secondary small"
          onClick={() => edit((x) => void (x.policy = blankPolicy('resource')))}
        >
          Add a resource-based policy
        </button>
      ) : (
        <>
          <PolicyField
            key={`${r.type}-${name}`}
            label={`Resource policy of ${r.name}`}
            value={r.policy}
            kind="resource"
            mattered={ctx.mattered.get(locationKey({ kind: 'resource', account, resource: name }))}
            onCommit={(text) => {
              edit((x) => void (x.policy = text));
              return null;
            }}
          />
          <button
            type="button"
            className="secondary small"
            onClick={() => edit((x) => void (x.policy = null))}
          >
            Remove the policy
          </button>
        </>
      )}
      {r.type === 'kms' && (
        <p className="hint">
          A KMS key policy must allow every use of the key, even within its account: identity
          policies count only when the key policy trusts the account.
        </p>
      )}
    </section>
  );
}
