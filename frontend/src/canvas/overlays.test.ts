import { describe, expect, it } from 'vitest';
import type { Finding, WireElement } from '../sync/protocol';
import { CoachMarkerOverlay } from './coachMarkerOverlay';
import type { OverlayScene } from './overlayScene';
import { VoteDotOverlay } from './voteDotOverlay';

const sticky = (id: string, x: number): WireElement =>
  ({ id, kind: 'event', text: id, x, y: 0, w: 160, h: 120, z: 1, props: {}, version: 1, updatedBy: 'Ada', updatedAt: '' }) as WireElement;

/** A wall of two stickies, one of them drawn elsewhere than stored (someone drags it), counting the redraws asked for. */
function wall(): OverlayScene & { redraws: number } {
  const drawn = [sticky('a', 0), sticky('b', 900)];
  const scene = {
    redraws: 0,
    placed: () => drawn,
    element: (id: string) => drawn.find((e) => e.id === id),
    ends: () => null,
    visible: () => ({ x: -100, y: -100, w: 2000, h: 1000 }),
    scale: () => 1,
    redraw: () => scene.redraws++,
  };
  return scene;
}

const finding: Finding = { key: 'k', rule: 'event-not-past-tense', severity: 'error', elements: ['b'], message: 'm', hint: 'h', accepted: null };

describe('the overlays on the wall', () => {
  it("put the coach's marker on the sticky where it is drawn now, and find it there", () => {
    const scene = wall();
    const coach = new CoachMarkerOverlay(scene);
    expect(coach.markers()).toEqual([]);
    coach.set(new Map([['b', [finding]]]));
    const [marker] = coach.markers();
    expect(marker?.id).toBe('b');
    expect(marker!.x).toBeGreaterThan(900);
    expect(coach.markerAt({ x: marker!.x, y: marker!.y })?.id).toBe('b');
    expect(scene.redraws).toBe(1);
  });

  it('show vote dots only during a round, on the stickies as drawn now', () => {
    const scene = wall();
    const votes = new VoteDotOverlay(scene);
    expect(votes.dots()).toEqual([]);
    votes.set({ state: 'open', votable: () => true, mine: new Map([['b', 1]]), canAdd: false, tally: new Map(), colour: '#1971c2' });
    const [dot] = votes.dots();
    expect(dot).toMatchObject({ id: 'b', kind: 'mine' });
    expect(dot!.x).toBeGreaterThan(900);
    expect(votes.dotAt({ x: dot!.x, y: dot!.y })).toEqual(dot);
    votes.set(null);
    expect(votes.dots()).toEqual([]);
    expect(scene.redraws).toBe(2);
  });
});
