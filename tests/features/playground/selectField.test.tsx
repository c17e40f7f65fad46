// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BoundaryPicker } from '../../../src/features/playground/sandbox/BoundaryPicker';
import type { EditContext } from '../../../src/features/playground/sandbox/editing';
import { SelectField } from '../../../src/features/playground/sandbox/SelectField';
import { awsManagedPolicies } from '../../../src/lib/sandbox/awsManaged';
import { exampleOrganization } from '../../../src/lib/sandbox/starter';

afterEach(cleanup);

const optionTexts = (select: HTMLSelectElement) => [...select.options].map((o) => o.textContent);

describe('a sandbox drop-down', () => {
  it('is labelled, offers its options after the empty one, and reports the choice', () => {
    const onChange = vi.fn();
    render(
      <SelectField
        label="for account"
        value=""
        empty="Choose…"
        options={[
          { value: '111', label: 'dev' },
          { value: '222', label: 'prod' },
        ]}
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText<HTMLSelectElement>('for account');
    expect(optionTexts(select)).toEqual(['Choose…', 'dev', 'prod']);
    fireEvent.change(select, { target: { value: '222' } });
    expect(onChange).toHaveBeenLastCalledWith('222');
  });

  it('has no empty option unless asked for one', () => {
    render(
      <SelectField
        label="inside"
        value="r-root"
        options={[{ value: 'r-root', label: 'Root' }]}
        onChange={() => {}}
      />,
    );
    expect(optionTexts(screen.getByLabelText('inside'))).toEqual(['Root']);
  });
});

describe('the permissions boundary picker', () => {
  it('offers the account’s policies and the AWS managed ones, and None clears it', () => {
    const org = exampleOrganization();
    const account = org.accounts.find((a) => a.policies.length > 0)!;
    const ctx = { org } as EditContext;
    const onChange = vi.fn();
    render(
      <BoundaryPicker
        ctx={ctx}
        account={account.id}
        value={account.policies[0]!.name}
        onChange={onChange}
      />,
    );
    const select = screen.getByLabelText<HTMLSelectElement>('Permissions boundary');
    expect(optionTexts(select)).toEqual([
      'None',
      ...account.policies.map((p) => `${p.name} (customer managed)`),
      ...awsManagedPolicies.map((p) => `${p.name} (AWS managed, simplified copy)`),
    ]);
    expect(select.value).toBe(account.policies[0]!.name);
    fireEvent.change(select, { target: { value: awsManagedPolicies[0]!.arn } });
    expect(onChange).toHaveBeenLastCalledWith(awsManagedPolicies[0]!.arn);
    fireEvent.change(select, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });
});
