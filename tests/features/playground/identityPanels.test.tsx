// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { editIdentity, type EditContext } from '../../../src/features/playground/sandbox/editing';
import { RolePanel } from '../../../src/features/playground/sandbox/RolePanel';
import { UserPanel } from '../../../src/features/playground/sandbox/UserPanel';
import { exampleOrganization } from '../../../src/lib/sandbox/starter';
import type { Organization } from '../../../src/lib/sandbox/schema';

afterEach(cleanup);

/** An edit context over a copy of the example organization; `org()` is the latest saved state. */
function editing() {
  let org: Organization = exampleOrganization();
  const ctx = (): EditContext => ({
    org,
    update: (change) => {
      const draft = structuredClone(org);
      change(draft);
      org = draft;
    },
    apply: () => null,
    select: () => {},
    mattered: new Map(),
  });
  return { ctx, org: () => org };
}

const dev = (org: Organization) => org.accounts.find((a) => a.name === 'Development')!;

describe('editing a user or a role', () => {
  it('changes the named user or role of the account, and nothing else', () => {
    const { ctx, org } = editing();
    const before = org();
    editIdentity(ctx(), dev(before).id, {
      type: 'user',
      name: 'bob',
      change: (u) => (u.path = '/x/'),
    });
    editIdentity(ctx(), dev(before).id, {
      type: 'role',
      name: 'AuditRole',
      change: (r) => (r.maxSessionDuration = 7200),
    });
    const after = dev(org());
    expect(after.users.find((u) => u.name === 'bob')?.path).toBe('/x/');
    expect(after.users.find((u) => u.name === 'alice')?.path).toBe(
      dev(before).users.find((u) => u.name === 'alice')?.path,
    );
    expect(after.roles.find((r) => r.name === 'AuditRole')?.maxSessionDuration).toBe(7200);
  });

  it('does nothing to a user or role that no longer exists', () => {
    const { ctx, org } = editing();
    const before = JSON.stringify(org());
    editIdentity(ctx(), dev(org()).id, {
      type: 'user',
      name: 'gone',
      change: (u) => (u.path = '/x/'),
    });
    editIdentity(ctx(), '000000000000', { type: 'role', name: 'AuditRole', change: () => {} });
    expect(JSON.stringify(org())).toBe(before);
  });
});

describe('the user and role panels', () => {
  it("a user's access key can be made inactive, and the change is saved", () => {
    const { ctx, org } = editing();
    const account = dev(org()).id;
    ctx().update((d) => {
      dev(d).users.find((u) => u.name === 'bob')!.accessKeys = [
        { id: 'AKIAEXAMPLE000000001', status: 'Active' },
      ];
    });
    render(<UserPanel ctx={ctx()} account={account} name="bob" />);
    fireEvent.click(screen.getByRole('button', { name: 'Make inactive' }));
    expect(dev(org()).users.find((u) => u.name === 'bob')?.accessKeys[0]?.status).toBe('Inactive');
  });

  it("a role's maximum session duration is saved when chosen", () => {
    const { ctx, org } = editing();
    render(<RolePanel ctx={ctx()} account={dev(org()).id} name="AuditRole" />);
    fireEvent.change(screen.getByLabelText('Maximum session duration'), {
      target: { value: String(4 * 3600) },
    });
    expect(dev(org()).roles.find((r) => r.name === 'AuditRole')?.maxSessionDuration).toBe(4 * 3600);
  });

  it('says so when the user or role no longer exists', () => {
    const { ctx, org } = editing();
    render(<UserPanel ctx={ctx()} account={dev(org()).id} name="gone" />);
    expect(screen.getByText('This user no longer exists.')).toBeTruthy();
    cleanup();
    render(<RolePanel ctx={ctx()} account={dev(org()).id} name="gone" />);
    expect(screen.getByText('This role no longer exists.')).toBeTruthy();
  });
});
