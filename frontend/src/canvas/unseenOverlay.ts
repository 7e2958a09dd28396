import Konva from 'konva';
import { paintUnseenMarks, unseenMarks } from '../render/unseenMarks';
import type { OverlayScene } from './overlayScene';

/** This person's own stickies written during silent writing, marked "only you" until the reveal (`render/unseenMarks`). */
export class UnseenOverlay {
  readonly shape: Konva.Shape;
  private mine: ReadonlySet<string> = new Set();

  constructor(private readonly scene: OverlayScene) {
    this.shape = new Konva.Shape({
      listening: false,
      perfectDrawEnabled: false,
      sceneFunc: (ctx) => paintUnseenMarks(ctx._context, unseenMarks(scene.placed(), this.mine), scene.scale()),
    });
  }

  set(mine: ReadonlySet<string>): void {
    if (mine === this.mine) return;
    this.mine = mine;
    this.scene.redraw();
  }
}
