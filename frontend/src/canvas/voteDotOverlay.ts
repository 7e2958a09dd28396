import Konva from 'konva';
import type { Point } from '../render/geometry';
import { dotAt, paintVoteDots, voteDots, type VoteDot, type VoteScene } from '../render/voteDots';
import type { OverlayScene } from './overlayScene';

/** A voting round as this person sees it, and their colour: what the overlay needs beyond the wall itself. */
export type ShownVotes = Omit<VoteScene, 'elements' | 'visible' | 'scale'> & { colour: string };

/** The voting round's dots on the stickies (`render/voteDots`); nothing outside a round. */
export class VoteDotOverlay {
  readonly shape: Konva.Shape;
  private votes: ShownVotes | null = null;

  constructor(private readonly scene: OverlayScene) {
    this.shape = new Konva.Shape({
      listening: false,
      perfectDrawEnabled: false,
      sceneFunc: (ctx) => {
        if (this.votes) paintVoteDots(ctx._context, this.dots(), this.votes.colour, scene.scale());
      },
    });
  }

  /** The round's dots to draw, or none (null) outside a round. */
  set(votes: ShownVotes | null): void {
    this.votes = votes;
    this.scene.redraw();
  }

  /** The dots as drawn now, on screen. */
  dots(): VoteDot[] {
    if (!this.votes) return [];
    return voteDots({ ...this.votes, elements: this.scene.placed(), visible: this.scene.visible(), scale: this.scene.scale() });
  }

  /** The dot under a wall point, if any. */
  dotAt(point: Point): VoteDot | null {
    return dotAt(point, this.dots(), this.scene.scale());
  }
}
