// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileSwitcher } from '../../src/app/ProfileSwitcher';
import { StorageAlert } from '../../src/app/StorageAlert';
import { readProfileSnapshot } from '../../src/app/profileSnapshot';
import { db } from '../../src/db/database';
import { createProfile, readActiveProfile } from '../../src/db/profileRepo';

afterEach(async () => {
  cleanup();
  localStorage.clear();
  await db.delete();
  await db.open();
});

describe('ProfileSwitcher', () => {
  it('lists the profiles, switches the active one, links to profile management', async () => {
    await createProfile('Ana', {}, db);
    await createProfile('Ben', { activate: false }, db);
    render(<ProfileSwitcher />);
    await waitFor(() => expect(screen.getByLabelText('Learner').textContent).toBe('AnaBen'));
    const select = screen.getByLabelText('Learner') as HTMLSelectElement;
    expect(select.selectedOptions[0]?.textContent).toBe('Ana');
    const ben = [...select.options].find((o) => o.textContent === 'Ben');
    fireEvent.change(select, { target: { value: ben?.value } });
    await screen.findByDisplayValue('Ben');
    expect((await readActiveProfile(db))?.name).toBe('Ben');
    expect(readProfileSnapshot()?.activeId).toBe(ben?.value);
    expect(screen.getByRole('link', { name: 'Manage learner profiles' }).getAttribute('href')).toBe(
      '#/progress/profiles',
    );
  });

  it('replaces a stale snapshot with what the database holds, in the same select', async () => {
    localStorage.setItem(
      'lp-profiles',
      JSON.stringify({ activeId: 'gone', profiles: [{ id: 'gone', name: 'Deleted elsewhere' }] }),
    );
    await createProfile('Ana', {}, db);
    render(<ProfileSwitcher />);
    const select = screen.getByLabelText('Learner') as HTMLSelectElement;
    expect(select.textContent).toBe('Deleted elsewhere');
    select.focus();
    await waitFor(() => expect(select.textContent).toBe('Ana'));
    expect(screen.getByLabelText('Learner')).toBe(select);
    expect(document.activeElement).toBe(select);
  });
});

describe('StorageAlert', () => {
  it('says so when a write failed because storage is full', async () => {
    render(<StorageAlert />);
    const event = new Event('unhandledrejection') as Event & { reason: unknown };
    event.reason = new DOMException('Quota exceeded', 'QuotaExceededError');
    window.dispatchEvent(event);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /storage for this site is full.*Everything saved before is safe/,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
