import { describe, expect, it } from 'vitest';
import type { WireElement } from '../sync/protocol';
import { paintOverview, type OverviewScene } from './overviewPainter';

/** A stand-in canvas that writes down what is painted and in which colour. */
function recorder(): { ctx: CanvasRenderingContext2D; calls: string[] } {
  const calls: string[] = [];
  const state: Record<string, unknown> = {};
  const ctx = new Proxy(state, {
    get: (target, name: string) =>
      name in target
        ? target[name]
        : (...args: unknown[]) => {
            if (name === 'measureText') return { width: String(args[0]).length * 5 };
            calls.push(`${name}(${args.map((a) => (typeof a === 'number' ? Math.round(a) : JSON.stringify(a))).join(',')}) ${String(target['fillStyle'] ?? '')}${name.startsWith('stroke') ? ` ${String(target['strokeStyle'])}` : ''}`);
            return undefined;
          },
    set: (target, name: string, value) => {
      target[name] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const element = (id: string, kind: string, x: number, extra: Partial<WireElement> = {}): WireElement =>
  ({ id, kind, text: id, x, y: 0, w: 160, h: 100, z: 1, ...extra }) as WireElement;

const scene = (ordered: WireElement[], extra: Partial<OverviewScene> = {}): OverviewScene => ({
  ordered,
  placed: (e) => e,
  visible: { x: 0, y: 0, w: 1000, h: 1000 },
  scale: 0.1,
  selection: new Set(),
  ...extra,
});

describe('the overview picture', () => {
  it('paints the stickies on screen as cards in their kind colour, and none off screen', () => {
    const { ctx, calls } = recorder();
    paintOverview(ctx, scene([element('a', 'event', 0), element('far', 'command', 5000)]));
    expect(calls).toEqual(['fillRect(0,0,160,100) #FFA94D']);
  });

  it('outlines the selection and marks a sticky whose properties are set with a corner', () => {
    const { ctx, calls } = recorder();
    paintOverview(ctx, scene([element('h', 'hotspot', 0, { props: { status: 'open' } } as Partial<WireElement>)], { selection: new Set(['h']) }));
    expect(calls).toContain('fill() #c92a2a');
    expect(calls.at(-1)).toMatch(/^strokeRect\(0,0,160,100\) .* #1c7ed6$/);
  });

  it('heads a container large enough on screen with its name, over what it holds', () => {
    const { ctx, calls } = recorder();
    const context = element('Billing', 'boundary', 0, { w: 2000, h: 1200 });
    paintOverview(ctx, scene([context, element('a', 'event', 100, { y: 300 } as Partial<WireElement>)]));
    const named = calls.findIndex((c) => c.startsWith('fillText("Billing"'));
    expect(named).toBeGreaterThan(calls.findIndex((c) => c.startsWith('fillRect(100,300')));
  });

  it('paints where a sticky is being dragged to, not where it is stored', () => {
    const { ctx, calls } = recorder();
    paintOverview(ctx, scene([element('a', 'event', 0)], { placed: (e) => ({ ...e, x: 300 }) }));
    expect(calls).toEqual(['fillRect(300,0,160,100) #FFA94D']);
  });
});
