import type { Board, SessionFormat } from '../api/boards';
import { ApiError } from '../api/http';
import { ElementLayer } from '../canvas/elementLayer';
import { PresenceLayer } from '../canvas/presenceLayer';
import { minimap } from '../canvas/minimap';
import { rubberBand } from '../canvas/rubberBand';
import { createWallView } from '../canvas/wallView';
import type { Viewport } from '../canvas/viewport';
import { availability } from '../store/phases';
import { resizeOps } from '../store/resize';
import { inBand, movedTogether } from '../store/selection';
import { copyPayload, kindsIn, parsePayload, pasteOps, zOrderOps, type ClipboardPayload } from '../store/clipboard';
import { bounds } from '../render/visible';
import { arrowPoints } from '../render/geometry';
import { record, UndoHistory } from '../store/undo';
import { DEFAULT_SIZE, NO_TIMER } from '../store/wallState';
import type { LiveWall, LiveWallSnapshot } from '../sync/liveWall';
import { LIMITS, type WireArrow, type DragPosition, type ElementKind, type Op, type Point, type PresenceUpdate, type WireElement } from '../sync/protocol';
import { el } from './dom';
import type { BoardOpening } from './boardOpening';
import { kindForKey, palette } from './palette';
import { continueButton } from './continueDialog';
import { phaseBar } from './phaseBar';
import { findBox, findStickies } from './findBox';
import { helpPanel } from './help';
import { shareButton } from './shareDialog';
import { editText } from './textEditor';
import { exportMenu } from './exportMenu';
import { wallOutline } from './wallOutline';

export function showBoard(root: HTMLElement, opening: BoardOpening | null): void {
  const stageHost = el('div', { class: 'stage', 'data-testid': 'canvas' });
  const header = el('header', { class: 'board-bar' }, el('a', { href: '/', class: 'brand' }, 'Stormwall'));
  const body = el('div', { class: 'board-body' }, stageHost);
  root.replaceChildren(el('div', { class: 'board-page' }, header, body));

  if (!opening) {
    stageHost.replaceChildren(
      el('p', { class: 'page-error', role: 'alert' }, 'This link is incomplete: a board link ends with #k= and its key.'),
    );
    return;
  }
  const { live, details } = opening;
  details
    .then(([board, formats]) => {
      document.title = `${board.title} · Stormwall`;
      const format = formats.find((f) => f.id === board.format);
      header.append(el('h1', { class: 'board-title', 'data-testid': 'board-title' }, board.title));
      openWall(header, body, stageHost, live, board, format);
    })
    .catch((e: unknown) => {
      live.close();
      const message =
        e instanceof ApiError && e.status === 404
          ? 'This board does not exist, or the link is no longer valid.'
          : `Could not open the board: ${String(e)}`;
      stageHost.replaceChildren(el('p', { class: 'page-error', role: 'alert' }, message));
    });
}

function openWall(
  header: HTMLElement,
  body: HTMLElement,
  stageHost: HTMLDivElement,
  live: LiveWall,
  board: Board,
  format: SessionFormat | undefined,
): void {
  const status = el('span', { class: 'connection', 'data-testid': 'connection', role: 'status' }, 'Connecting…');
  const people = el('span', { class: 'participants', 'data-testid': 'participants' });
  const notice = el('p', { class: 'notice', role: 'alert', 'data-testid': 'notice' });
  let quiet: ReturnType<typeof setTimeout> | undefined;
  /** A passing message (a refusal, a locked kind): shown a few seconds, then gone. */
  const say = (text: string): void => {
    notice.textContent = text;
    clearTimeout(quiet);
    quiet = setTimeout(() => (notice.textContent = ''), 6000);
  };
  const outline = wallOutline();
  const help = helpPanel();
  const helpButton = el('button', { type: 'button', title: 'Legend and shortcuts (?)', 'aria-label': 'Legend and shortcuts' }, '?');
  helpButton.addEventListener('click', () => help.showModal());
  const find = findBox(
    (query) => findStickies(query, state.wall.view),
    (element) => {
      view.centreOn({ x: element.x + element.w / 2, y: element.y + element.h / 2 });
      select(element.id, false);
    },
  );
  const bar = format
    ? phaseBar(format, {
        move: (action) => live.steer({ type: 'phase', action }),
        setGating: (lifted) => live.steer({ type: 'gating', lifted }),
        setFrozen: (frozen) => live.steer({ type: 'freeze', frozen }),
        runTimer: (action, seconds) => live.steer({ type: 'timer', action, ...(seconds ? { seconds } : {}) }),
        serverNow: () => Date.now() + live.snapshot().clockOffsetMs,
      },
      board.format === 'architecture' ? [] : [continueButton(board.id, () => live.currentToken(), () => state.wall.view.size)],
      board.continuedFrom ? `Continues “${board.continuedFrom.title}” (as of edit ${board.continuedFrom.seq})` : '')
    : null;
  if (bar) {
    bar.update({ phase: board.phase, gatingLifted: false, frozen: false, timer: NO_TIMER }, false);
    body.before(bar.node);
  }
  // The stage is made once the bars around it are in place: each later resize reallocates all its canvases. So the
  // palette takes its place now; an observer's is taken away when the server says who this is.
  let tools: ReturnType<typeof palette> | null = palette((kind) => startEditing(create(kind)));
  body.prepend(tools.node);
  const view = createWallView(stageHost);
  const fitAll = (): void => {
    const all = bounds([...state.wall.view.values()].filter((e) => e.kind !== 'arrow'));
    if (all) view.fit(all);
  };
  const fitButton = el('button', { type: 'button', title: 'Zoom to fit the whole wall (Shift+1)', 'aria-label': 'Zoom to fit', 'data-testid': 'zoom-fit' }, 'Fit');
  fitButton.addEventListener('click', fitAll);
  view.zoomControls.append(fitButton);
  header.append(find, status, people, view.zoomControls, exportMenu(board.id, () => live.currentToken(), say), shareButton(board.id, live), helpButton);
  body.append(notice, outline.node, help);

  let selection: ReadonlySet<string> = new Set();
  let state = live.snapshot();
  const others = new Map<string, PresenceUpdate>();
  const history = new UndoHistory();
  /** Every own edit goes through here, so undo knows exactly this person's edits (remote ones never enter it). */
  const edit = (ops: Op[]): void => {
    if (ops.length === 0) return;
    history.push(record(ops, state.wall.view));
    live.edit(ops);
  };
  const presence = presenceSender((message) => live.sendEphemeral(message));

  const layer = new ElementLayer(
    {
      onMoved: (id, x, y) => {
        presence.update({ drag: null });
        carried = new Map();
        edit(movedWithContents(id, x, y).map((d) => ({ op: 'update' as const, id: d.id, set: { x: d.x, y: d.y } })));
      },
      onSelected: (id, additive) => select(id, additive),
      onEditText: (id) => startEditing(id),
      onConnect: (from, to) => edit([{ op: 'create', element: { id: crypto.randomUUID(), kind: 'arrow', from, to } }]),
      onResized: (id, w, h) => {
        const element = state.wall.view.get(id);
        if (element) edit(resizeOps(element, w, h));
        redraw();
      },
      onDragging: (id, x, y) => {
        const moves = movedWithContents(id, x, y);
        carried = new Map(moves.filter((d) => d.id !== id).map((d) => [d.id, { x: d.x, y: d.y }]));
        if (carried.size > 0) redraw();
        presence.update({ drag: moves });
      },
    },
    false,
  );
  const presenceLayer = new PresenceLayer();
  layer.layer.add(view.grid);
  view.grid.moveToBottom();
  view.stage.add(layer.layer, presenceLayer.layer);
  const overview = minimap((world) => view.centreOn(world));
  stageHost.append(overview.node);
  const showViewport = (viewport: Viewport): void => {
    layer.setViewport(view.visible(), viewport.scale);
    overview.draw(state.wall.view, view.visible());
    // where the wall sits, for tests to turn wall coordinates into screen ones
    Object.assign(stageHost.dataset, { scale: String(viewport.scale), panX: String(viewport.x), panY: String(viewport.y) });
  };
  showViewport(view.viewport());
  view.onChange(showViewport);
  /** Where the pointer is on the wall, while it is over it: where a paste goes. */
  let pointer: Point | null = null;
  view.stage.on('mousemove touchmove', () => {
    const at = view.stage.getRelativePointerPosition();
    pointer = at;
    if (at) presence.update({ cursor: { x: Math.round(at.x), y: Math.round(at.y) } });
  });
  view.stage.on('mouseleave', () => {
    pointer = null;
    presence.update({ cursor: null });
  });
  view.stage.on('click tap', (event) => {
    if (event.target === view.stage && !band.active()) select(null, false);
  });
  view.stage.on('dblclick dbltap', (event) => {
    if (event.target !== view.stage || !state.role || state.role === 'observer') return;
    const at = view.stage.getRelativePointerPosition();
    const arrow = at && layer.arrowAt(at);
    if (arrow) editLabel(arrow);
  });
  /** An arrow's label is edited in place, over the arrow's middle where it is drawn. */
  const editLabel = (arrow: WireArrow): void => {
    const from = state.wall.view.get(arrow.from);
    const to = state.wall.view.get(arrow.to);
    if (!from || !to) return;
    const [x1, y1, x2, y2] = arrowPoints(from, to);
    const page = view.toPage({ x: (x1 + x2) / 2 - 80, y: (y1 + y2) / 2 - 24 });
    editText({
      left: page.x, top: page.y, width: 160 * page.scale, height: 40 * page.scale, scale: page.scale,
      text: arrow.label ?? '', label: 'Arrow label', maxLength: LIMITS.labelLength,
      onCommit: (label) => {
        if (label !== (arrow.label ?? '')) edit([{ op: 'update', id: arrow.id, set: { label } }]);
      },
      onTab: (label) => {
        if (label !== (arrow.label ?? '')) edit([{ op: 'update', id: arrow.id, set: { label } }]);
      },
    });
  };
  const band = rubberBand(view.stage, presenceLayer.layer, (ids, additive) => {
    selection = new Set([...(additive ? selection : []), ...ids]);
    presence.update({ selection: [...selection] });
    redraw();
  }, (rect) => inBand(rect, state.wall.view));

  /** Moving a bounded context or an aggregate carries what lies inside it. */
  let carried = new Map<string, Point>();
  /** A dragged element moves the rest of the selection with it, when it is part of one. */
  const movedWithContents = (id: string, x: number, y: number): DragPosition[] => {
    const element = state.wall.view.get(id);
    if (!element) return [{ id, x, y }];
    const together = selection.has(id) ? [id, ...selection] : [id];
    return movedTogether(together, x - element.x, y - element.y, state.wall.view).map((d) => (d.id === id ? { id, x, y } : d));
  };
  const redraw = (): void => {
    layer.draw(state.wall.view, selection, new Map([...movingElsewhere(others), ...carried]));
    outline.update(state.wall.view);
    presenceLayer.draw(others, state.wall.view, view.stage.scaleX());
    overview.draw(state.wall.view, view.visible());
    // after Konva's own frame has drawn: lets a test or the large-board measurement know the wall is on screen
    const drawn = String(state.wall.view.size);
    requestAnimationFrame(() => (stageHost.dataset['drawn'] = drawn));
  };
  const select = (id: string | null, additive: boolean): void => {
    const next = new Set(additive ? selection : []);
    if (id) {
      if (additive && next.has(id)) next.delete(id);
      else next.add(id);
    }
    selection = next;
    presence.update({ selection: [...next] });
    redraw();
  };

  const create = (kind: ElementKind, at = view.centre(), text = ''): string => {
    const id = crypto.randomUUID();
    const size = DEFAULT_SIZE[kind];
    edit([{ op: 'create', element: { id, kind, text, x: Math.round(at.x - size.w / 2), y: Math.round(at.y - size.h / 2) } as never }]);
    selection = new Set([id]);
    redraw();
    return id;
  };

  const startEditing = (id: string): void => {
    const element = state.wall.view.get(id);
    if (!element || element.kind === 'arrow') return;
    const page = view.toPage({ x: element.x, y: element.y });
    presence.update({ editing: id });
    editText({
      left: page.x,
      top: page.y,
      width: element.w * page.scale,
      height: element.h * page.scale,
      scale: page.scale,
      text: element.text,
      onCommit: (text) => commitText(element, text),
      onTab: (text) => {
        commitText(element, text);
        if (element.kind === 'event') startEditing(create('event', { x: element.x + element.w * 1.5 + 20, y: element.y + element.h / 2 }));
      },
    });
  };
  const commitText = (element: WireElement, text: string): void => {
    presence.update({ editing: null });
    if (text !== element.text) edit([{ op: 'update', id: element.id, set: { text } }]);
  };

  document.addEventListener('keydown', (event) => {
    if (isTyping(event)) return;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === '?') {
      help.open ? help.close() : help.showModal();
      return;
    }
    if (event.shiftKey && event.code === 'Digit1' && !mod) {
      event.preventDefault();
      fitAll();
      return;
    }
    if (mod && event.key.toLowerCase() === 'f') {
      event.preventDefault();
      find.focus();
      return;
    }
    if (event.key === 'Escape' && selection.size > 0) {
      select(null, false);
      return;
    }
    if (!state.role || state.role === 'observer') return;
    const nudge = NUDGES[event.key];
    if (nudge && selection.size > 0 && !mod) {
      event.preventDefault();
      const step = event.shiftKey ? 1 : 10;
      const moves = movedTogether(selection, nudge[0] * step, nudge[1] * step, state.wall.view);
      edit(moves.map((d) => ({ op: 'update' as const, id: d.id, set: { x: d.x, y: d.y } })));
    } else if (mod && event.key.toLowerCase() === 'z') {
      event.preventDefault();
      const ops = event.shiftKey ? history.redo(state.wall.view) : history.undo(state.wall.view);
      if (ops.length > 0) live.edit(ops);
    } else if (mod && event.key.toLowerCase() === 'y') {
      event.preventDefault();
      const ops = history.redo(state.wall.view);
      if (ops.length > 0) live.edit(ops);
    } else if (mod && event.key.toLowerCase() === 'd') {
      event.preventDefault();
      const payload = copyPayload(selection, state.wall.view);
      if (payload) paste(payload, null);
    } else if (mod && (event.key === ']' || event.key === '[')) {
      event.preventDefault();
      edit(zOrderOps(selection, state.wall.view, event.key === ']' ? 'front' : 'back'));
    } else if (mod && event.key.toLowerCase() === 'c') {
      // kept on this device as well, for browsers whose copy event never reaches the page
      const payload = copyPayload(selection, state.wall.view);
      if (payload && !window.getSelection()?.toString()) localStorage.setItem(CLIPBOARD_KEY, JSON.stringify(payload));
    } else if (mod && event.key.toLowerCase() === 'v') {
      // the paste event brings the system clipboard; if the browser gives none, the last copy on this device is used
      pasted = false;
      setTimeout(() => {
        if (pasted) return;
        const payload = parsePayload(localStorage.getItem(CLIPBOARD_KEY) ?? '');
        if (payload) paste(payload, pointer);
      }, 0);
    } else if ((event.key === 'Delete' || event.key === 'Backspace') && selection.size > 0) {
      event.preventDefault();
      edit([...selection].filter((id) => state.wall.view.has(id)).map((id) => ({ op: 'delete' as const, id })));
      selection = new Set();
    } else if (event.key === 'Enter' && selection.size === 1) {
      event.preventDefault();
      startEditing([...selection][0]!);
    } else if (!event.ctrlKey && !event.metaKey && !event.altKey) {
      const kind = kindForKey(event.key);
      const locked = kind && tools?.node.querySelector<HTMLButtonElement>(`[data-kind=${kind}]`)?.disabled;
      if (locked) {
        say(tools?.node.querySelector(`[data-kind=${kind}]`)?.getAttribute('title') ?? '');
      } else if (kind) {
        event.preventDefault();
        startEditing(create(kind));
      }
    }
  });

  const lockedKind = (kinds: ElementKind[]): string | null => {
    for (const kind of kinds) {
      const button = tools?.node.querySelector<HTMLButtonElement>(`[data-kind=${kind}]`);
      if (button?.disabled) return button.title;
    }
    return null;
  };
  /** Pastes as one edit (one undo step, one batch), selecting what was pasted. */
  const paste = (payload: ClipboardPayload, at: Point | null): void => {
    if (!state.role || state.role === 'observer') return;
    const refusal = lockedKind(kindsIn(payload));
    if (refusal) {
      say(refusal);
      return;
    }
    const { ops, ids } = pasteOps(payload, at);
    if (ops.length > LIMITS.opsPerBatch) {
      say(`At most ${LIMITS.opsPerBatch} elements and arrows can be pasted at once.`);
      return;
    }
    edit(ops);
    selection = new Set(ids);
    presence.update({ selection: ids });
    redraw();
  };
  let pasted = false;
  document.addEventListener('copy', (event) => {
    if (isTyping(event) || window.getSelection()?.toString()) return;
    const payload = copyPayload(selection, state.wall.view);
    if (!payload) return;
    const text = JSON.stringify(payload);
    event.clipboardData?.setData('text/plain', text);
    event.preventDefault();
    localStorage.setItem(CLIPBOARD_KEY, text);
  });
  document.addEventListener('paste', (event) => {
    if (isTyping(event)) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    const payload = parsePayload(text);
    if (!payload && text) {
      pasted = true; // something else is on the clipboard: not ours to paste
      return;
    }
    if (!payload) return;
    pasted = true;
    event.preventDefault();
    paste(payload, pointer);
  });

  live.onMessage((message) => {
    if (message.type === 'presence') {
      for (const update of message.updates) if (update.sessionId !== state.sessionId) others.set(update.sessionId, update);
      redraw();
    } else if (message.type === 'participantLeft') {
      others.delete(message.sessionId);
      redraw();
    }
  });
  live.onRejected((refusal) => say(refusal.message));
  const changed = (next: LiveWallSnapshot): void => {
    state = next;
    const editable = next.role !== null && next.role !== 'observer';
    if (next.role === 'observer' && tools) {
      tools.node.remove();
      tools = null;
    }
    const settings = next.wall.settings;
    if (settings && format) {
      tools?.update((kind) => {
        const open = availability(format, settings.phase.index, settings.gatingLifted, kind, next.role === 'facilitator');
        return open.open ? null : open.reason;
      });
      bar?.update(settings, next.role === 'facilitator');
    }
    layer.setEditable(editable);
    status.textContent = statusText(next);
    status.dataset['state'] = next.status;
    people.textContent = `${next.participants.length} here`;
    people.title = next.participants.map((p) => `${p.name} (${p.role})`).join('\n');
    redraw();
  };
  live.onChange(changed);
  changed(live.snapshot()); // it may have joined while the board's details were read
}

/** Others' drag previews: where the stickies they are dragging are right now. */
function movingElsewhere(others: ReadonlyMap<string, PresenceUpdate>): Map<string, Point> {
  const moving = new Map<string, Point>();
  for (const other of others.values()) for (const d of other.drag ?? []) moving.set(d.id, { x: d.x, y: d.y });
  return moving;
}

interface PresenceFields {
  cursor: Point | null;
  selection: string[];
  editing: string | null;
  drag: DragPosition[] | null;
}

/** Keeps this tab's presence and sends it at most 20 times a second, always ending on the latest. */
function presenceSender(send: (message: { type: 'presence' } & PresenceFields) => void): { update(change: Partial<PresenceFields>): void } {
  const current: PresenceFields = { cursor: null, selection: [], editing: null, drag: null };
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    update(change) {
      Object.assign(current, change);
      timer ??= setTimeout(() => {
        timer = null;
        send({ type: 'presence', ...current, selection: [...current.selection], drag: current.drag && [...current.drag] });
      }, 50);
    },
  };
}

function statusText(s: LiveWallSnapshot): string {
  const pending = s.wall.pending.length;
  const unsent = pending > 0 ? ` · ${pending} edit${pending === 1 ? '' : 's'} not yet saved` : '';
  switch (s.status) {
    case 'connected':
      return `Connected${s.role === 'observer' ? ' · watching' : ''}${unsent}`;
    case 'reconnecting':
      return `Reconnecting…${unsent}`;
    case 'offline':
      return `Offline${unsent}`;
    case 'denied':
      return 'This link no longer opens the board';
    default:
      return 'Connecting…';
  }
}

/** Arrow keys nudge the selection: 10 units a press, 1 with Shift. */
const NUDGES: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** Where the last copy is kept on this device, for browsers that give a page no clipboard to read. */
const CLIPBOARD_KEY = 'stormwall.clipboard';

function isTyping(event: Event): boolean {
  const target = event.target as HTMLElement | null;
  return !!target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
}
