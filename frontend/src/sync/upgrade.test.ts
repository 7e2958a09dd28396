import { describe, expect, it } from 'vitest';
import { reloadForUpgrade, type TabStorage } from './upgrade';

function memory(): TabStorage {
  const values = new Map<string, string>();
  return { getItem: (key) => values.get(key) ?? null, setItem: (key, value) => void values.set(key, value) };
}

describe('reloading for an upgrade', () => {
  it('reloads a tab once, and not again right after', () => {
    const storage = memory();
    let reloads = 0;

    expect(reloadForUpgrade(storage, () => reloads++, 1_000_000)).toBe(true);
    expect(reloadForUpgrade(storage, () => reloads++, 1_000_000 + 5_000)).toBe(false);

    expect(reloads).toBe(1);
  });

  it('reloads again for a later upgrade', () => {
    const storage = memory();
    let reloads = 0;

    reloadForUpgrade(storage, () => reloads++, 1_000_000);
    expect(reloadForUpgrade(storage, () => reloads++, 1_000_000 + 10 * 60_000)).toBe(true);

    expect(reloads).toBe(2);
  });
});
