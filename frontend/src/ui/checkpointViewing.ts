import { boardFromCheckpoint, checkpointWall, type Board, type Checkpoint } from '../api/boards';
import { CheckpointLayer } from '../canvas/checkpointLayer';
import { diffMarks } from '../render/checkpointMarks';
import { diffSummary, diffWalls } from '../store/checkpointDiff';
import type { LiveWall } from '../sync/liveWall';
import type { WireElement } from '../sync/protocol';
import { checkpointBanner, type CheckpointMode } from './checkpointBanner';
import { checkpointPanel } from './checkpointPanel';
import { downloadFrom } from './exportMenu';

/** A checkpoint opened read-only over the live wall, which goes on underneath. */
export interface Viewing {
  readonly checkpoint: Checkpoint;
  readonly elements: ReadonlyMap<string, WireElement>;
  readonly mode: CheckpointMode;
}

export interface CheckpointViewingContext {
  readonly board: Board;
  readonly live: LiveWall;
  readonly stageHost: HTMLElement;
  readonly say: (text: string) => void;
  /** Opening a checkpoint clears the selection; opening or closing one redraws the wall. */
  readonly choose: (ids: Iterable<string>) => void;
  readonly redraw: () => void;
  /** Whether this person may edit the live wall, for when they are back on it. */
  readonly canEditLive: () => boolean;
  readonly setEditable: (editable: boolean) => void;
  readonly facilitator: () => boolean;
}

/**
 * Checkpoints on the board page: the panel that lists and takes them, and a checkpoint opened over the live wall —
 * its banner, its diff marks against the wall as it is now, its exports, and Escape (or Back) to the live wall.
 */
export function checkpointViewing(context: CheckpointViewingContext): {
  button: HTMLButtonElement;
  panel: HTMLElement;
  banner: HTMLElement;
  marks: CheckpointLayer;
  /** The checkpoint open now, or null on the live wall. */
  current(): Viewing | null;
  /**
   * Draws the checkpoint's side of the scene against the live wall: the banner's summary and, in "changes" mode, the
   * marks. @return the elements to draw: the checkpoint's in "then" mode, the live wall's otherwise
   */
  draw(live: ReadonlyMap<string, WireElement>, scale: number): ReadonlyMap<string, WireElement>;
  /** The list may have changed: a phase or a checkpoint was applied. */
  refresh(): void;
  setFacilitator(facilitator: boolean): void;
} {
  const { board, live, stageHost, say } = context;
  let viewing: Viewing | null = null;
  const marks = new CheckpointLayer();
  const checkpoints = checkpointPanel({
    boardId: board.id,
    token: () => live.currentToken(),
    take: (label) => live.steer({ type: 'checkpoint', label }),
    open: (checkpoint) => open(checkpoint),
    say,
  });
  const checkpointPath = (seq: number): string => `/api/boards/${encodeURIComponent(board.id)}/checkpoints/${seq}`;
  const banner = checkpointBanner({
    back: () => close(),
    mode: (mode) => {
      if (viewing) viewing = { ...viewing, mode };
      context.redraw();
    },
    download: (ext) => {
      if (!viewing) return;
      downloadFrom(`${checkpointPath(viewing.checkpoint.seq)}/export.${ext}`, live.currentToken(), ext).catch((e: unknown) => say(e instanceof Error ? e.message : String(e)));
    },
    newBoard: () => {
      if (!viewing) return Promise.reject(new Error('No checkpoint is open.'));
      return boardFromCheckpoint(board.id, viewing.checkpoint.seq, live.currentToken()).then(
        (made) => made.links.facilitator,
        (e: unknown) => {
          say(`Could not start a board from this checkpoint: ${e instanceof Error ? e.message : String(e)}`);
          throw e;
        },
      );
    },
  });

  let opening = 0;
  const open = (checkpoint: Checkpoint): void => {
    const mine = ++opening;
    checkpointWall(board.id, checkpoint.seq, live.currentToken())
      .then((read) => {
        if (mine !== opening) return;
        viewing = { checkpoint, elements: new Map(read.elements.map((e) => [e.id, e])), mode: 'changes' };
        context.choose([]);
        checkpoints.close();
        banner.show(checkpoint, context.facilitator());
        stageHost.closest('.board-page')?.classList.add('viewing-checkpoint');
        context.setEditable(false);
        context.redraw();
      })
      .catch((e: unknown) => say(`Could not open the checkpoint: ${e instanceof Error ? e.message : String(e)}`));
  };
  const close = (): void => {
    opening++;
    viewing = null;
    banner.hide();
    marks.clear();
    delete stageHost.dataset['checkpoint'];
    delete stageHost.dataset['diff'];
    stageHost.closest('.board-page')?.classList.remove('viewing-checkpoint');
    context.setEditable(context.canEditLive());
    context.redraw();
  };
  // Escape leaves a checkpoint for the live wall (the panel's and dialogs' own Escape stop before this)
  document.addEventListener('keydown', (event) => {
    if (viewing && event.key === 'Escape' && !event.defaultPrevented) close();
  });

  const draw = (wall: ReadonlyMap<string, WireElement>, scale: number): ReadonlyMap<string, WireElement> => {
    if (!viewing) return wall;
    // the live wall goes on underneath: the changes are counted against it as others edit
    const diff = diffWalls(viewing.elements.values(), wall);
    banner.summary(`${diffSummary(diff)} since this checkpoint`);
    if (viewing.mode === 'then') marks.clear();
    else marks.draw(diffMarks(diff, wall), scale);
    stageHost.dataset['checkpoint'] = String(viewing.checkpoint.seq);
    stageHost.dataset['diff'] = `${diff.added.length} ${diff.moved.length} ${diff.changed.length} ${diff.removed.length}`;
    return viewing.mode === 'then' ? viewing.elements : wall;
  };

  return {
    button: checkpoints.button,
    panel: checkpoints.node,
    banner: banner.node,
    marks,
    current: () => viewing,
    draw,
    refresh: () => checkpoints.refresh(),
    setFacilitator: (facilitator) => checkpoints.setFacilitator(facilitator),
  };
}
