import { describe, expect, it } from 'vitest';
import { boardPath, route } from './routes';

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

  it('round-trips a board path', () => {
    expect(route(boardPath(id))).toEqual({ page: 'board', boardId: id });
  });
});
