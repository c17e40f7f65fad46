// @vitest-environment happy-dom
// The header's switcher before any page has loaded the database: it paints the last known
// profiles from localStorage, follows another tab's change, ignores a damaged copy, and loads
// no database code until the learner reaches for it.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileSwitcher } from '../../src/app/ProfileSwitcher';
import { parseProfileSnapshot } from '../../src/app/profileSnapshot';
import { isDatabaseInUse } from '../../src/db/databaseInUse';

const two = {
  activeId: 'b',
  profiles: [
    { id: 'a', name: 'Ana' },
    { id: 'b', name: 'Ben' },
  ],
};

afterEach(() => {
  cleanup();
  localStorage.clear();
});

describe('the profile snapshot', () => {
  it('accepts a well-formed copy and refuses damaged ones', () => {
    expect(parseProfileSnapshot(JSON.stringify(two))).toEqual(two);
    for (const bad of [
      null,
      '',
      '{',
      '[]',
      JSON.stringify({ activeId: 'x', profiles: two.profiles }),
      JSON.stringify({ activeId: 'a', profiles: [{ id: 'a' }] }),
      JSON.stringify({ activeId: 1, profiles: [] }),
    ])
      expect(parseProfileSnapshot(bad)).toBeNull();
    // extra fields are dropped, so nothing but ids and names reaches the page
    const extra = { activeId: 'a', profiles: [{ id: 'a', name: 'Ana', html: '<b>' }] };
    expect(parseProfileSnapshot(JSON.stringify(extra))?.profiles[0]).toEqual({
      id: 'a',
      name: 'Ana',
    });
  });
});

describe('ProfileSwitcher before the database loads', () => {
  it('paints the stored profiles without loading the database, and follows another tab', () => {
    localStorage.setItem('lp-profiles', JSON.stringify(two));
    render(<ProfileSwitcher />);
    const select = screen.getByLabelText('Learner') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Ana', 'Ben']);
    expect(select.value).toBe('b');
    expect(isDatabaseInUse()).toBe(false);

    const next = { ...two, activeId: 'a' };
    localStorage.setItem('lp-profiles', JSON.stringify(next));
    act(() => {
      window.dispatchEvent(new StorageEvent('storage', { key: 'lp-profiles' }));
    });
    expect(select.value).toBe('a');
    expect(isDatabaseInUse()).toBe(false);
  });

  it('shows a placeholder, not an empty select, on a device with no stored profiles', () => {
    localStorage.setItem('lp-profiles', '{"damaged": true');
    const { container } = render(<ProfileSwitcher />);
    expect(screen.queryByLabelText('Learner')).toBeNull();
    expect(container.querySelector('.profile-switcher-placeholder')).not.toBeNull();
  });
});
