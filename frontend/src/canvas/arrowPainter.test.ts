import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { arrowAt, type ArrowScene } from './arrowPainter';

const stickies = new Map<string, WireElement>(
  [
    { id: 'actor', kind: 'actor', text: 'Customer', x: 0, y: 0, w: 100, h: 60, z: 1 },
    { id: 'command', kind: 'command', text: 'Start', x: 0, y: 300, w: 100, h: 100, z: 2 },
  ].map((e) => [e.id, e as unknown as WireElement]),
);
const arrow = { id: 'a', kind: 'arrow', from: 'actor', to: 'command', z: 3 } as unknown as WireElement;

const scene = (titleBars: ArrowScene['titleBars']): ArrowScene => ({
  ordered: [...stickies.values(), arrow],
  ends: (a) => [stickies.get(a.from)!, stickies.get(a.to)!],
  selection: new Set(),
  visible: { x: -500, y: -500, w: 2000, h: 2000 },
  scale: 1,
  labels: true,
  titleBars,
});

describe('picking an arrow', () => {
  it('finds the arrow near its line', () => {
    expect(arrowAt({ x: 52, y: 150 }, scene([]))?.id).toBe('a');
    expect(arrowAt({ x: 80, y: 150 }, scene([]))).toBeNull();
  });

  it('leaves a title bar the arrow passes under to the card or context it heads', () => {
    const bar = { x: -50, y: 140, w: 400, h: 32 };
    expect(arrowAt({ x: 50, y: 150 }, scene([bar]))).toBeNull();
    expect(arrowAt({ x: 50, y: 200 }, scene([bar]))?.id).toBe('a');
  });
});
