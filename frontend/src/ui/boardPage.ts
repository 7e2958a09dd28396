import { votingOnWall } from './votingOnWall';
import { silentWriting } from './silentWriting';
import type { Board, SessionFormat } from '../api/boards';
import { ApiError } from '../api/http';
import { ElementLayer } from '../canvas/elementLayer';
import { PresenceLayer } from '../canvas/presenceLayer';
import { minimap } from '../canvas/minimap';
import { rubberBand } from '../canvas/rubberBand';
import { createWallView } from '../canvas/wallView';
import type { Viewport } from '../canvas/viewport';
import { wallActions } from '../input/actions';
import { listenForClipboard } from '../input/clipboard';
import { listenForShortcuts } from '../input/keyboard';
import { elementDragging } from '../input/elementDrag';
import { acceptPaletteDrops, holdSpaceToPan } from '../input/wallGestures';
import { dataPanel } from '../input/dataPanel';
import { carriesFields } from '../store/dataShape';
import { propertiesPanel } from '../input/propertiesPanel';
import { selectionToolbar } from '../input/selectionToolbar';
import { listenOnStage } from '../input/stagePointer';
import { textEditing } from '../input/textEditing';
import type { WallContext } from '../input/wallContext';
import { placingLocked, frozenNote, lockedFor, notYetOpen, steeringOf } from '../store/phases';
import { PALETTE_KINDS } from '../render/kinds';
import { freeSpot } from '../store/placement';
import { resizeOps } from '../store/resize';
import { inBand } from '../store/selection';
import { record, UndoHistory } from '../store/undo';
import { DEFAULT_SIZE, NO_TIMER } from '../store/wallState';
import type { LiveWall, LiveWallSnapshot } from '../sync/liveWall';
import type { ElementKind, Op, Point, PresenceUpdate, WireElement } from '../sync/protocol';
import { el } from './dom';
import type { BoardOpening } from './boardOpening';
import { palette } from './palette';
import { continueButton } from './continueDialog';
import { phaseBar } from './phaseBar';
import { findBox, findStickies } from './findBox';
import { helpPanel } from './help';
import { wallNavigation } from './wallNavigation';
import { minimapToggle } from './minimapToggle';
import { shareButton } from './shareDialog';
import { download, exportMenu } from './exportMenu';
import { hotspotReview } from './hotspotReview';
import { reloadForUpgrade } from '../sync/upgrade';
import { movingElsewhere, presenceSender } from '../sync/presence';
import { connectionBadge, linkGone, passingNotice } from './connectionStatus';
import { wallOutline } from './wallOutline';
import { peoplePanel } from './people';
import { followControls } from './follow';
import { wireViewport } from '../store/follow';
import { visitRecorder } from './visitedBoards';
import { firstLook } from './firstLook';
import { checkpointViewing } from './checkpointViewing';
import { coachOnWall } from './coachOnWall';

export function showBoard(root: HTMLElement, opening: BoardOpening | null): void {
  // focusable by script (not by Tab): a dialog that closes hands the keys back to the wall
  const stageHost = el('div', { class: 'stage', 'data-testid': 'canvas', tabindex: '-1' });
  const header = el('header', { class: 'board-bar' }, el('a', { href: '/', class: 'brand', title: 'Stormwall: your boards' }, 'Stormwall'));
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
      header.append(el('h1', { class: 'board-title', 'data-testid': 'board-title', title: board.title }, board.title));
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
  const status = connectionBadge();
  const people = peoplePanel(live.currentName(), (name) => live.rename(name), {
    start: (person) => guide.follow(others.get(person.sessionId) ?? person),
    current: () => guide.following(),
  });
  const frozen = el('p', { class: 'frozen-note', role: 'status', 'data-testid': 'frozen-note' });
  const gone = linkGone();
  const { node: notice, say } = passingNotice();
  const outline = wallOutline();
  const help = helpPanel();
  const offline = (): void => say('Not connected: try again when the wall is back.');
  const coach = coachOnWall({
    boardId: board.id, live, state: () => state, view: () => view, layer: () => layer, selection: () => selection,
    busy: () => drag.active() || texts.active(), choose: (ids) => choose(ids),
    outline: (findings) => outline.update(state.wall.view, findings), say, offline,
  });
  const helpButton = el('button', { type: 'button', title: 'Legend and shortcuts (?)', 'aria-label': 'Legend and shortcuts' }, '?');
  helpButton.addEventListener('click', () => help.showModal());
  const find = findBox(
    (query) => findStickies(query, state.wall.view),
    (element) => show(element),
  );
  const votingUi = votingOnWall({
    live, stageHost, state: () => state, selection: () => selection, offline,
    stage: () => view.stage, layer: () => layer, viewport: () => view.viewport(),
    show: (element) => show(element),
  });
  const silentUi = silentWriting({ setOn: (on) => { if (!live.steer({ type: 'silent', on })) offline(); } });
  const bar = format
    ? phaseBar(format, {
        move: (action) => live.steer({ type: 'phase', action }),
        setGating: (lifted) => live.steer({ type: 'gating', lifted }),
        setFrozen: (frozen) => live.steer({ type: 'freeze', frozen }),
        runTimer: (action, seconds) => live.steer({ type: 'timer', action, ...(seconds ? { seconds } : {}) }),
        serverNow: () => Date.now() + live.snapshot().clockOffsetMs,
      },
      [silentUi.control, votingUi.controls, ...(board.format === 'architecture' ? [] : [continueButton(board.id, () => live.currentToken(), () => state.wall.view.size)])],
      board.continuedFrom ?? null)
    : null;
  if (bar) {
    bar.update({ phase: board.phase, gatingLifted: false, frozen: false, timer: NO_TIMER }, false);
    body.before(bar.node);
  }
  // The stage is made once the bars around it are in place: each later resize reallocates all its canvases. So the
  // palette takes its place now; an observer's is taken away when the server says who this is.
  let tools: ReturnType<typeof palette> | null = palette((kind) => createAndEdit(kind));
  body.prepend(tools.node);
  const view = createWallView(stageHost);
  const { fitAll, walkAlong, showWhole } = wallNavigation(view, () => state.wall.view);
  const checkpoints = checkpointViewing({
    board, live, stageHost, say, choose: (ids) => choose(ids), redraw: () => redraw(),
    canEditLive: () => wall.canEdit(), setEditable: (editable) => layer.setEditable(editable),
    facilitator: () => state.role === 'facilitator',
  });
  header.append(find, status.node, people.node, coach.button, checkpoints.button, view.zoomControls, exportMenu(board.id, () => live.currentToken(), say), shareButton(board.id, live), helpButton);
  body.append(notice, outline.node, help, coach.panel, checkpoints.panel, checkpoints.banner);
  const review = hotspotReview({
    centre: (hotspot) => show(hotspot),
    edit: (ops) => edit(ops),
    timebox: (seconds) => {
      if (!live.steer({ type: 'timer', action: 'start', seconds })) offline();
    },
    download: (ext) => download(board.id, live.currentToken(), ext).catch((e: unknown) => say(e instanceof Error ? e.message : String(e))),
  });
  body.append(review.node);
  const guide = followControls({ view, joined: () => live.snapshot(), summon: (viewport) => live.steer({ type: 'summon', viewport }), say });
  stageHost.append(...guide.banners);
  people.actions.append(guide.summonButton);
  coach.button.after(review.button);

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
  /** Undo and redo send their ops without recording them again. */
  const replay = (ops: Op[]): void => {
    if (ops.length > 0) live.edit(ops);
  };
  const presence = presenceSender((message) => live.sendEphemeral(message));
  const wall: WallContext = {
    view: () => state.wall.view,
    canEdit: () => checkpoints.current() === null && state.status !== 'denied' && state.role !== null && state.role !== 'observer' && !(state.wall.settings?.frozen && state.role !== 'facilitator'),
    locked: (id) => {
      const element = state.wall.view.get(id);
      const settings = state.wall.settings;
      if (!element || !settings) return null;
      return lockedFor(format, steeringOf(settings), element.kind, state.role === 'facilitator');
    },
    notYetOpen: (data) => {
      const settings = state.wall.settings;
      return settings ? notYetOpen(format, steeringOf(settings), data) : null;
    },
    selection: () => selection,
    select: (ids) => choose(ids),
    edit,
    say,
  };
  /** Why a kind may not be created now, as its palette button says; null when it may. */
  const lockedKind = (kind: ElementKind): string | null => {
    const button = tools?.node.querySelector<HTMLButtonElement>(`[data-kind=${kind}]`);
    return button?.getAttribute('aria-disabled') === 'true' ? button.title : null;
  };
  /** Why this person may not change the element now (the wall or its kind is frozen), or null. */
  const lockedElement = (element: WireElement): string | null => wall.locked(element.id);
  const actions = wallActions(wall, lockedKind, (e) => !lockedElement(e));

  const drag = elementDragging({
    wall,
    movable: (e) => !lockedElement(e),
    showDrag: (moves) => presence.update({ drag: moves }),
    redraw: () => redraw(),
    onDragChange: () => {
      toolbar.refresh();
      showTip();
    },
  });
  const layer = new ElementLayer(
    {
      ...drag.handlers,
      onSelected: (id, additive) => {
        if (!band.active()) select(id, additive);
      },
      onEditText: (id) => startEditing(id),
      onConnect: (from, to) => edit([{ op: 'create', element: { id: crypto.randomUUID(), kind: 'arrow', from, to } }]),
      onResized: (id, rect) => {
        const element = state.wall.view.get(id);
        if (element) edit(resizeOps(element, rect));
        redraw();
      },
    },
    false,
  );
  const presenceLayer = new PresenceLayer();
  layer.layer.add(view.grid);
  view.grid.moveToBottom();
  view.stage.add(layer.layer, checkpoints.marks.layer, presenceLayer.layer);
  const overview = minimap((world) => view.centreOn(world));
  stageHost.append(overview.node, frozen, gone, coach.tip, votingUi.node, silentUi.banner);
  const showTip = (): void => coach.showTip();
  const mapToggle = minimapToggle(overview.setShown);
  view.zoomControls.append(mapToggle.button);
  const texts = textEditing({
    wall,
    view,
    editing: (id) => presence.update({ editing: id }),
    frozen: lockedElement,
    create: (kind, at) => create(kind, at),
    onActive: () => {
      toolbar.refresh();
      showTip();
    },
  });
  const backToWall = () => stageHost.focus({ preventScroll: true });
  const notationPanel = propertiesPanel(wall, backToWall);
  const data = dataPanel(wall, backToWall);
  help.after(notationPanel.node, data.node);
  // one "properties" gesture: the notation's for hotspots, policies and external systems, the data for the others
  const properties = { open: (id: string) => (carriesFields(wall.view().get(id)) ? data.open(id) : notationPanel.open(id)) };
  const toolbar = selectionToolbar({
    wall,
    busy: () => drag.active() || texts.active(),
    edit: texts.edit,
    properties: properties.open,
    viewport: () => view.viewport(),
    selectionBounds: () => layer.selectionBounds(),
    selectedArrow: () => layer.selectedArrow(),
    locked: lockedKind,
    visible: () => view.visible(),
  }, actions);
  stageHost.append(toolbar.node);
  const showViewport = (viewport: Viewport): void => {
    layer.setViewport(view.visible(), viewport.scale);
    if (checkpoints.current()) redraw(); // the marks keep their width on screen at every zoom
    showTip();
    stageHost.dataset['detail'] = layer.detail;
    overview.draw(state.wall.view, view.visible());
    toolbar.refresh();
    // where the wall sits, for tests to turn wall coordinates into screen ones
    Object.assign(stageHost.dataset, { scale: String(viewport.scale), panX: String(viewport.x), panY: String(viewport.y) });
  };
  showViewport(view.viewport());
  view.onChange(showViewport);
  const sayViewport = (): void => presence.update({ viewport: wireViewport(view.visible()) });
  sayViewport();
  view.onChange(sayViewport);
  const band = rubberBand(view.stage, presenceLayer.layer, (ids, additive) => choose([...(additive ? selection : []), ...ids]), (rect) => inBand(rect, state.wall.view));
  /** Where the pointer is on the wall, while it is over it: where a paste goes. */
  const pointer = listenOnStage({
    stage: view.stage,
    arrowAt: (at) => layer.arrowAt(at),
    bandJustEnded: () => band.active(),
    select: (id, additive) => select(id, additive),
    canEdit: wall.canEdit,
    editLabel: texts.edit,
    onCursor: (cursor) => presence.update({ cursor: votingUi.hidesCursor() ? null : cursor }),
  });

  const redraw = (): void => {
    const viewing = checkpoints.current() !== null;
    const shown = viewing ? checkpoints.draw(state.wall.view, view.stage.scaleX()) : state.wall.view;
    if (viewing) layer.draw(shown, new Set(), new Map());
    else layer.draw(shown, selection, new Map([...movingElsewhere(others), ...drag.carried()]));
    stageHost.dataset['detail'] = layer.detail;
    // the outline (for screen readers) and the map follow the live wall, as a checkpoint's marks do
    outline.update(state.wall.view, coach.findings());
    overview.draw(state.wall.view, view.visible());
    // where people are now belongs to the live wall, not to the wall then
    presenceLayer.draw(shown === state.wall.view ? others : new Map(), state.wall.view, view.stage.scaleX());
    if (!viewing) {
      toolbar.refresh();
      showTip();
    }
    // after Konva's own frame has drawn: lets a test or the large-board measurement know the wall is on screen
    const drawn = String(shown.size);
    requestAnimationFrame(() => (stageHost.dataset['drawn'] = drawn));
  };
  const choose = (ids: Iterable<string>): void => {
    selection = new Set(ids);
    presence.update({ selection: [...selection] });
    redraw();
  };
  /** A click's selection: just this one, or (additive) this one added to or taken from the selection. */
  const select = (id: string | null, additive: boolean): void => {
    const next = new Set(additive ? selection : []);
    if (id) {
      if (additive && next.has(id)) next.delete(id);
      else next.add(id);
    }
    choose(next);
  };

  /** An element brought to the middle of the view, and selected alone. */
  const show = (element: WireElement): void => {
    view.centreOn({ x: element.x + element.w / 2, y: element.y + element.h / 2 });
    select(element.id, false);
  };

  /** A new sticky centred on `at`; without one, near the middle of the view where it covers no other. */
  const create = (kind: ElementKind, at?: Point, text = ''): string => {
    const id = crypto.randomUUID();
    const size = DEFAULT_SIZE[kind];
    const place = at ? { x: Math.round(at.x - size.w / 2), y: Math.round(at.y - size.h / 2) } : freeSpot(view.centre(), size, state.wall.view, view.visible());
    edit([{ op: 'create', element: { id, kind, text, ...place } as never }]);
    selection = new Set([id]);
    redraw();
    return id;
  };
  const startEditing = (id: string): void => texts.edit(id);


  /** A new sticky of the kind, its text edited at once; or, when the phase has not unlocked the kind, why not. */
  const createAndEdit = (kind: ElementKind, at?: Point): void => {
    if (checkpoints.current()) {
      say('This is a checkpoint, read-only: go back to the live wall to add stickies.');
      return;
    }
    const reason = lockedKind(kind);
    if (reason) say(reason);
    else startEditing(create(kind, at));
  };

  listenForShortcuts({
    wall,
    actions,
    help,
    find,
    fitAll,
    walk: walkAlong,
    toggleMinimap: mapToggle.toggle,
    toggleCoach: coach.toggle,
    edit: texts.edit,
    properties: properties.open,
    undo: () => replay(history.undo(state.wall.view)),
    redo: () => replay(history.redo(state.wall.view)),
    create: (kind) => createAndEdit(kind),
  });
  acceptPaletteDrops(view.stage, createAndEdit);
  // zoomed far out, the sticky under the pointer becomes a node, so it can be clicked and dragged at any zoom
  // (not while a button is held: the sticky being pressed must keep its node until its drag has begun)
  view.stage.on('mousemove.detail', (event) => {
    if (event.evt.buttons === 0) layer.hover(view.stage.getRelativePointerPosition());
  });
  view.stage.on('mouseleave.detail', () => layer.hover(null));
  coach.listen();
  holdSpaceToPan(stageHost, (panning) => layer.setPanning(panning));
  listenForClipboard(wall, actions.paste, pointer);

  live.onMessage((message) => {
    if (message.type === 'applied' && message.ops.some((op) => op.op === 'phase' || op.op === 'checkpoint')) checkpoints.refresh();
    guide.receive(message);
    // someone new knows nothing of this screen yet (where it looks, what it selected) until it changes: say it once
    if (message.type === 'participantJoined') sayViewport();
    if (message.type === 'presence') {
      for (const update of message.updates) if (update.sessionId !== state.sessionId) others.set(update.sessionId, update);
      redraw();
    } else if (message.type === 'participantLeft') {
      others.delete(message.sessionId);
      redraw();
    }
  });
  live.onRejected((refusal) => say(refusal.message));
  let reloading = false;
  /** Whether this person's cursor was last hidden from others for a voting round. */
  let cursorHidden = false;
  const noteVisit = visitRecorder(board, format, live);
  const changed = (next: LiveWallSnapshot): void => {
    state = next;
    if (next.status === 'outdated' && !reloading) {
      reloading = reloadForUpgrade(sessionStorage, () => location.reload());
      if (!reloading) say('This page and the server speak different versions of Stormwall. Reload the page to go on.');
    }
    const editable = wall.canEdit();
    if (next.role === 'observer' && tools) {
      tools.node.remove();
      tools = null;
    }
    const settings = next.wall.settings;
    if (settings && format) {
      const facilitator = next.role === 'facilitator';
      tools?.update((kind) => placingLocked(format, steeringOf(settings), kind, facilitator));
      bar?.update(settings, facilitator);
      // an observer changes nothing anyway: the note is for those it holds back, and for the facilitator
      frozen.textContent = next.role === 'observer' ? '' : frozenNote(format, steeringOf(settings), PALETTE_KINDS, facilitator);
    }
    gone.hidden = next.status !== 'denied';
    stageHost.classList.toggle('gone', next.status === 'denied');
    layer.setEditable(editable);
    status.update(next);
    people.update(next.participants, next.sessionId);
    guide.setFacilitator(next.role === 'facilitator');
    coach.update(next);
    checkpoints.setFacilitator(next.role === 'facilitator');
    votingUi.update();
    if (votingUi.hidesCursor() && !cursorHidden) presence.update({ cursor: null });
    cursorHidden = votingUi.hidesCursor();
    const phaseNow = next.wall.settings?.phase ?? board.phase;
    silentUi.update({
      silent: next.silent, facilitator: next.role === 'facilitator', me: next.personId,
      offered: !!format?.phases[phaseNow.index - 1]?.silentWriting,
      nameOf: (person) => next.participants.find((p) => p.personId === person)?.name,
    });
    layer.unseen.set(next.silent.mine);
    review.update({ wall: next.wall.view, canEdit: editable, facilitator: next.role === 'facilitator' });
    noteVisit(next);
    redraw();
  };
  live.onChange(changed);
  changed(live.snapshot()); // it may have joined while the board's details were read
  firstLook(live, { whole: showWhole, element: show });
}
