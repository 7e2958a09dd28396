import { describe, expect, it } from 'vitest';
import type { ElementKind, Props, WireElement } from '../sync/protocol';
import { badgeText, badgeTone, hasNotation, notationOps } from './notation';

function element(kind: ElementKind, props: Props = {}): WireElement {
  return { id: 'n', kind, text: 'n', x: 0, y: 0, w: 160, h: 120, z: 1, props, version: 1, updatedBy: '', updatedAt: '' } as WireElement;
}

describe("a sticky's notation properties", () => {
  it('belong to hotspots, policies and external systems only', () => {
    expect(['hotspot', 'policy', 'externalSystem'].every((k) => hasNotation(element(k as ElementKind)))).toBe(true);
    expect(['event', 'command', 'aggregate', 'boundary', 'arrow'].some((k) => hasNotation(element(k as ElementKind)))).toBe(false);
  });

  it('change in one update holding only what differs', () => {
    const hotspot = element('hotspot', { status: 'open' });
    expect(notationOps(hotspot, { status: 'resolved', owner: '  Ann  ' })).toEqual({
      ops: [{ op: 'update', id: 'n', set: { props: { status: 'resolved', owner: 'Ann' } } }],
      problem: null,
    });
    expect(notationOps(hotspot, { status: 'open', owner: '' })).toEqual({ ops: [], problem: null });
  });

  it('are removed when left empty or unticked, never stored as empty text or false', () => {
    const external = element('externalSystem', { ownership: 'internal', acl: true });
    expect(notationOps(external, { ownership: '', acl: false }).ops).toEqual([
      { op: 'update', id: 'n', set: { props: { ownership: null, acl: null } } },
    ]);
  });

  it('leave out what the kind does not have', () => {
    expect(notationOps(element('policy'), { mode: 'long-running', status: 'open' }).ops).toEqual([
      { op: 'update', id: 'n', set: { props: { mode: 'long-running' } } },
    ]);
  });

  it('refuse an owner longer than the server allows, and a value it does not know, naming the field', () => {
    expect(notationOps(element('hotspot'), { owner: 'x'.repeat(101) })).toEqual({ ops: [], problem: 'Owner must be at most 100 characters.' });
    expect(notationOps(element('policy'), { mode: 'sometimes' }).problem).toBe('Mode must be one of reactive, long-running.');
  });

  it('read on the badge in a few words, and not at all when none is set', () => {
    expect(badgeText(element('hotspot', { status: 'open', owner: 'Ann' }))).toBe('open · Ann');
    expect(badgeText(element('hotspot', { status: 'in-progress', owner: 'Ann' }))).toBe('in progress · Ann');
    expect(badgeText(element('policy', { mode: 'long-running' }))).toBe('long-running');
    expect(badgeText(element('externalSystem', { ownership: 'external', acl: true }))).toBe('external · ACL');
    expect(badgeText(element('externalSystem', { acl: false }))).toBe('');
    expect(badgeText(element('event'))).toBe('');
  });

  it('mark an open hotspot for attention and a resolved one as done', () => {
    expect(badgeTone(element('hotspot', { status: 'open' }))).toBe('alert');
    expect(badgeTone(element('hotspot', { status: 'resolved' }))).toBe('done');
    expect(badgeTone(element('policy', { mode: 'long-running' }))).toBe('plain');
  });
});
