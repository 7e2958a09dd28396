import { describe, expect, it } from 'vitest';
import { boardPath, route, tokenFromHash } from './routes';

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
