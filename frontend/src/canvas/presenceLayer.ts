import Konva from 'konva';
import type { PresenceUpdate, WireElement } from '../sync/protocol';

/** Other people on the wall: their cursors with names, and which sticky each is editing. Never stored. */
export class PresenceLayer {
  /** Also holds this person's own passing marks (the rubber band): one canvas for everything drawn over the wall. */
  readonly layer = new Konva.Layer({ listening: false });
  private readonly marks = new Konva.Group();

  constructor() {
    this.layer.add(this.marks);
  }

  draw(others: ReadonlyMap<string, PresenceUpdate>, view: ReadonlyMap<string, WireElement>, scale: number): void {
    this.marks.destroyChildren();
    const unit = 1 / scale;
    for (const other of others.values()) {
      if (other.editing) {
        const element = view.get(other.editing);
        if (element) this.marks.add(editingMarker(element, other, unit));
      }
      if (other.cursor) this.marks.add(cursor(other, unit));
    }
    this.layer.batchDraw();
  }
}

function cursor(other: PresenceUpdate, unit: number): Konva.Group {
  const { x, y } = other.cursor!;
  const group = new Konva.Group({ x, y, scaleX: unit, scaleY: unit, name: 'remote-cursor' });
  group.add(new Konva.Line({ points: [0, 0, 0, 16, 4.5, 12, 8, 19, 10.5, 18, 7.5, 11, 13, 11], closed: true, fill: other.colour, stroke: '#fff', strokeWidth: 1 }));
  const label = new Konva.Label({ x: 12, y: 18 });
  label.add(new Konva.Tag({ fill: other.colour, cornerRadius: 3 }));
  label.add(new Konva.Text({ text: other.name, fontSize: 12, padding: 3, fill: '#fff' }));
  group.add(label);
  return group;
}

function editingMarker(element: WireElement, other: PresenceUpdate, unit: number): Konva.Group {
  const group = new Konva.Group({ x: element.x, y: element.y });
  group.add(new Konva.Rect({ width: element.w, height: element.h, stroke: other.colour, strokeWidth: 3 * unit, dash: [6 * unit, 4 * unit] }));
  const label = new Konva.Label({ y: -20 * unit, scaleX: unit, scaleY: unit });
  label.add(new Konva.Tag({ fill: other.colour, cornerRadius: 3 }));
  label.add(new Konva.Text({ text: `${other.name} is editing`, fontSize: 12, padding: 3, fill: '#fff' }));
  group.add(label);
  return group;
}
