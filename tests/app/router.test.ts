import { describe, expect, it } from 'vitest';
import { parseLocation } from '../../src/lib/router';

describe('hash routes', () => {
  it('splits a path into decoded segments', () => {
    const loc = parseLocation('/lessons/root%20user');
    expect(loc.segments).toEqual(['lessons', 'root user']);
    expect(loc.path).toBe('/lessons/root%20user');
  });

  it('reads the query after the path', () => {
    const loc = parseLocation('/quiz/practice?topic=roles&count=10');
    expect(loc.segments).toEqual(['quiz', 'practice']);
    expect(loc.query.get('topic')).toBe('roles');
    expect(loc.query.get('count')).toBe('10');
  });

  it('treats the root as no segments', () => {
    expect(parseLocation('/').segments).toEqual([]);
  });

  it('keeps a malformed escape as typed instead of throwing', () => {
    expect(parseLocation('/lessons/%E0%A4%A').segments).toEqual(['lessons', '%E0%A4%A']);
  });
});
