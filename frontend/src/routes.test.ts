import { describe, expect, it } from 'vitest';
import { boardPath, elementFromHash, route, tokenFromHash, withRememberedKey } from './routes';

describe('route', () => {
  const id = '0b7e6a2c-1f0d-4f5e-9a51-3c2d8e7f6a10';

  it.each([
    ['/', { page: 'home' }],
    ['/index.html', { page: 'home' }],
    [`/b/${id}`, { page: 'board', boardId: id }],
    [`/b/${id}/`, { page: 'board', boardId: id }],
    [`/b/${id.toUpperCase()}`, { page: 'board', boardId: id }],
    ['/b/not-a-board', { page: 'home' }],
    [`/b/${id}/extra`, { page: 'home' }],
  ])('%s', (path, expected) => {
    expect(route(path)).toEqual(expected);
  });

  it('round-trips a board link with its token in the fragment', () => {
    const link = new URL(boardPath(id, 'tok_en-42'), 'http://localhost');
    expect(route(link.pathname)).toEqual({ page: 'board', boardId: id });
    expect(tokenFromHash(link.hash)).toBe('tok_en-42');
  });

  it.each([['', null], ['#', null], ['#k=', null], ['#x=1', null], ['#k=abc', 'abc'], ['k=abc', 'abc']])(
    'reads the token from %j',
    (hash, token) => {
      expect(tokenFromHash(hash)).toBe(token);
    },
  );
});

describe('links to one element', () => {
  const id = '2b0e8f7a-5c4d-4e3f-8a1b-9c0d1e2f3a4b';
  it('reads the element a link points at', () => {
    expect(elementFromHash(`#k=abc&e=${id.toUpperCase()}`)).toBe(id);
    expect(elementFromHash('#k=abc')).toBeNull();
    expect(elementFromHash('#e=not-an-id')).toBeNull();
  });

  it('opens a link without a key with the key this browser used for the board before', () => {
    expect(withRememberedKey(`#e=${id}`, `http://localhost/b/x#k=secret%2Bkey`)).toBe(`#k=secret%2Bkey&e=${id}`);
    expect(withRememberedKey(`#e=${id}`, null)).toBe(`#e=${id}`);
    expect(withRememberedKey(`#k=mine&e=${id}`, `http://localhost/b/x#k=other`)).toBe(`#k=mine&e=${id}`);
  });
});
