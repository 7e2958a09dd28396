import { describe, expect, it } from 'vitest';
import { shortenWords, detailLevel, FULL_SCALE, legibleFontSize, MIN_SCREEN_TEXT, NODE_BUDGET, SUMMARY_SCALE, wordFittingSize } from './detail';

describe('level of detail', () => {
  it('draws stickies as they are from half size up', () => {
    expect(detailLevel(FULL_SCALE, 5000)).toBe('full');
    expect(detailLevel(1, 0)).toBe('full');
  });

  it('keeps stickies as nodes with summarised text between, while few enough are on screen', () => {
    expect(detailLevel(0.28, 60)).toBe('summary');
    expect(detailLevel(SUMMARY_SCALE, NODE_BUDGET)).toBe('summary');
    expect(detailLevel(0.28, NODE_BUDGET + 1)).toBe('overview');
  });

  it('paints one overview picture far out', () => {
    expect(detailLevel(SUMMARY_SCALE - 0.01, 10)).toBe('overview');
    expect(detailLevel(0.1, 0)).toBe('overview');
  });

  it('writes text no smaller than a legible size on screen', () => {
    for (const scale of [0.15, 0.2, 0.28, 0.33, 0.45]) {
      expect(legibleFontSize(14, scale) * scale).toBeGreaterThanOrEqual(MIN_SCREEN_TEXT);
    }
    // at the full level a sticky keeps its own size, however small
    expect(legibleFontSize(9, FULL_SCALE)).toBe(9);
    expect(legibleFontSize(20, 0.9)).toBe(20);
    expect(legibleFontSize(60, 0.3)).toBe(60);
  });

  it('writes smaller, down to a floor, for a long word to fit whole', () => {
    expect(wordFittingSize(44, 32, 120, 140)).toBe(44);
    expect(wordFittingSize(44, 32, 176, 140)).toBe(35);
    expect(wordFittingSize(44, 32, 400, 140)).toBe(32);
  });

  it('cuts a word too wide for its line short instead of breaking it', () => {
    const measure = (t: string): number => t.length * 10;
    expect(shortenWords('Subscription cancelled by customer', 100, measure)).toBe('Subscript… cancelled by customer');
    expect(shortenWords('Two\nlines', 100, measure)).toBe('Two\nlines');
  });

  it('changes the size only in steps of the zoom', () => {
    expect(legibleFontSize(14, 0.281)).toBe(legibleFontSize(14, 0.289));
    expect(legibleFontSize(14, 0.05)).toBe(legibleFontSize(14, SUMMARY_SCALE));
  });
});
