import { describe, expect, it } from 'vitest';
import { shortcutTitle } from './help';

describe("a button's title", () => {
  it('names the keys the shortcut table gives for the same action, leaving out pointer gestures', () => {
    expect(shortcutTitle('Duplicate', 'duplicate')).toBe('Duplicate (Ctrl+D)');
    expect(shortcutTitle('Edit text', 'edit')).toBe('Edit text (Enter)');
    expect(shortcutTitle('Delete', 'delete')).toBe('Delete (Delete, Backspace)');
    expect(shortcutTitle('Minimap', 'minimap')).toBe('Minimap (M)');
    expect(shortcutTitle('Notation coach', 'coach')).toBe('Notation coach (N)');
  });
});
