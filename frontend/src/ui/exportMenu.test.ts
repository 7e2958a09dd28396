import { describe, expect, it } from 'vitest';
import { EXPORTS, fileNameFrom } from './exportMenu';

describe('fileNameFrom', () => {
  it.each([
    ['attachment; filename="subscription-billing.json"', 'subscription-billing.json'],
    ['attachment; filename=wall.csv', 'wall.csv'],
    ['attachment; filename="../../etc/passwd"', '..-..-etc-passwd'],
    [null, 'board.md'],
    ['attachment', 'board.md'],
  ])('reads %s', (disposition, expected) => {
    expect(fileNameFrom(disposition, 'board.md')).toBe(expected);
  });
});

describe('EXPORTS', () => {
  it('offers every export of the API once', () => {
    expect(EXPORTS.map((e) => e.ext)).toEqual(['json', 'png', 'svg', 'md', 'csv', 'mmd', 'cml', 'owners.md', 'owners.csv']);
  });
});
