import { describe, expect, it } from 'vitest';
import { nameProblem } from './identity';

describe('a name others can read', () => {
  it.each(['Ada', '  Grace Hopper  ', 'Ünal Çelik 🙂', 'n'.repeat(60)])('accepts %j', (name) => {
    expect(nameProblem(name)).toBeNull();
  });

  it.each([
    ['', 'Type the name others will see next to your cursor.'],
    ['    ', 'Type the name others will see next to your cursor.'],
    ['n'.repeat(61), 'A name has at most 60 characters.'],
    ['Ada\nLovelace', 'A name cannot hold line breaks, tabs or control characters.'],
    ['Ada\u202eecalevoL', 'A name cannot hold line breaks, tabs or control characters.'],
  ])('refuses %j, saying why', (name, why) => {
    expect(nameProblem(name)).toBe(why);
  });
});
