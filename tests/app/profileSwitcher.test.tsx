// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileSwitcher } from '../../src/app/ProfileSwitcher';
import { db } from '../../src/db/database';
import { createProfile, readActiveProfile } from '../../src/db/profileRepo';

afterEach(async () => {
  cleanup();
  await db.delete();
  await db.open();
});

describe('ProfileSwitcher', () => {
  it('lists the profiles, switches the active one, links to profile management', async () => {
    await createProfile('Ana', {}, db);
    await createProfile('Ben', { activate: false }, db);
    render(<ProfileSwitcher />);
    const select = (await screen.findByLabelText('Learner')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Ana', 'Ben']);
    expect(select.selectedOptions[0]?.textContent).toBe('Ana');
    const ben = [...select.options].find((o) => o.textContent === 'Ben');
    fireEvent.change(select, { target: { value: ben?.value } });
    await screen.findByDisplayValue('Ben');
    expect((await readActiveProfile(db))?.name).toBe('Ben');
    expect(screen.getByRole('link', { name: 'Manage learner profiles' }).getAttribute('href')).toBe(
      '#/progress/profiles',
    );
  });

  it('says so when a write failed because storage is full', async () => {
    render(<ProfileSwitcher />);
    await screen.findByLabelText('Learner');
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
