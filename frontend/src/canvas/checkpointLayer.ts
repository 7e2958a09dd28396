import Konva from 'konva';
import { MARK_COLOURS, type DiffMark } from '../render/checkpointMarks';

/** The changes since a checkpoint drawn over the wall: outlines, ghosts and arrows, each with its caption. */
export class CheckpointLayer {
  readonly layer = new Konva.Layer({ listening: false, name: 'checkpoint-marks' });

  draw(marks: readonly DiffMark[], scale: number): void {
    this.layer.destroyChildren();
    const unit = 1 / scale;
    for (const mark of marks) this.layer.add(drawn(mark, unit));
    this.layer.batchDraw();
  }

  clear(): void {
    this.layer.destroyChildren();
    this.layer.batchDraw();
  }
}

function drawn(mark: DiffMark, unit: number): Konva.Group {
  const colour = MARK_COLOURS[mark.kind];
  const group = new Konva.Group({ name: `diff-${mark.kind}` });
  const ghost = mark.kind === 'moved' || mark.kind === 'removed';
  if (ghost) {
    group.add(new Konva.Rect({
      x: mark.x, y: mark.y, width: mark.w, height: mark.h, cornerRadius: 3,
      fill: mark.kind === 'removed' ? 'rgba(201, 42, 42, 0.08)' : 'rgba(73, 80, 87, 0.06)',
      stroke: colour, strokeWidth: 2 * unit, dash: [8 * unit, 5 * unit], opacity: 0.9,
    }));
    group.add(new Konva.Text({
      x: mark.x + 8, y: mark.y + 8, width: mark.w - 16, height: mark.h - 16, text: mark.text, fontSize: 16, fill: colour,
      opacity: 0.75, align: 'center', verticalAlign: 'middle', textDecoration: mark.kind === 'removed' ? 'line-through' : '',
      ellipsis: true, wrap: 'word',
    }));
  } else {
    const pad = 5 * unit;
    group.add(new Konva.Rect({
      x: mark.x - pad, y: mark.y - pad, width: mark.w + 2 * pad, height: mark.h + 2 * pad, cornerRadius: 5 * unit,
      stroke: colour, strokeWidth: 3 * unit,
    }));
  }
  if (mark.arrow) {
    group.add(new Konva.Arrow({
      points: [mark.arrow.from.x, mark.arrow.from.y, mark.arrow.to.x, mark.arrow.to.y],
      stroke: colour, fill: colour, strokeWidth: 2 * unit, dash: [6 * unit, 4 * unit], pointerLength: 10 * unit, pointerWidth: 10 * unit,
    }));
  }
  const label = new Konva.Label({ x: mark.x, y: mark.y - 22 * unit, scaleX: unit, scaleY: unit });
  label.add(new Konva.Tag({ fill: colour, cornerRadius: 3 }));
  label.add(new Konva.Text({ text: mark.caption, fontSize: 12, padding: 4, fill: '#fff', fontStyle: 'bold' }));
  group.add(label);
  return group;
}
