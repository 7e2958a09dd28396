import { describe, expect, it } from 'vitest';
import { ellipsize, wrapText } from './textLayout';

/** Every character 10 units wide. */
const measure = (text: string): number => Array.from(text).length * 10;

describe('wrapText', () => {
  it('wraps between words within the width', () => {
    expect(wrapText('Order placed by customer', 120, 5, measure)).toEqual(['Order placed', 'by customer']);
  });

  it('keeps paragraphs and empty lines', () => {
    expect(wrapText('Invoice\n\nSent', 100, 5, measure)).toEqual(['Invoice', '', 'Sent']);
  });

  it('breaks a word wider than the line, never inside a character', () => {
    expect(wrapText('Subscription', 50, 5, measure)).toEqual(['Subsc', 'ripti', 'on']);
    expect(wrapText('👍👍👍', 20, 5, measure)).toEqual(['👍👍', '👍']);
  });

  it('ends the last line it has room for with an ellipsis', () => {
    expect(wrapText('one two three four five', 80, 2, measure)).toEqual(['one two', 'three…']);
    expect(wrapText('a\nb\nc', 80, 2, measure)).toEqual(['a', 'b…']);
  });

  it('writes an empty text as one empty line', () => {
    expect(wrapText('', 100, 3, measure)).toEqual(['']);
  });
});

describe('ellipsize', () => {
  it('leaves a line that fits and shortens one that does not', () => {
    expect(ellipsize('Domain event', 120, measure)).toBe('Domain event');
    expect(ellipsize('Domain event', 80, measure)).toBe('Domain…');
  });
});
