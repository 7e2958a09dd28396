import Konva from 'konva';
import type { Point } from '../render/geometry';
import { coachMarkers, markerAt, paintMarkers, type Marker } from '../render/coachMarkers';
import type { Finding } from '../sync/protocol';
import type { OverlayScene } from './overlayScene';

/** The coach's open findings drawn as markers on the elements they name, at every zoom (`render/coachMarkers`). */
export class CoachMarkerOverlay {
  readonly shape: Konva.Shape;
  private marks: ReadonlyMap<string, readonly Finding[]> = new Map();

  constructor(private readonly scene: OverlayScene) {
    this.shape = new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (ctx) => paintMarkers(ctx._context, this.markers(), scene.scale()) });
  }

  /** Marks the elements the coach's open findings name. */
  set(marks: ReadonlyMap<string, readonly Finding[]>): void {
    this.marks = marks;
    this.scene.redraw();
  }

  /** The markers as drawn now: on screen, where their elements are right now. */
  markers(): Marker[] {
    return coachMarkers({
      marks: this.marks,
      element: (id) => this.scene.element(id),
      ends: (arrow) => this.scene.ends(arrow),
      visible: this.scene.visible(),
      scale: this.scene.scale(),
    });
  }

  /** The marker under a wall point, if any. */
  markerAt(point: Point): Marker | null {
    return markerAt(point, this.markers(), this.scene.scale());
  }
}
