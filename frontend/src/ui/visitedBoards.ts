import type { Board, Role, SessionFormat } from '../api/boards';
import type { LiveWall, LiveWallSnapshot } from '../sync/liveWall';
import { boardPath } from '../routes';

/** A board this browser has opened, as the home page lists it: enough to find the way back, link included. */
export interface VisitedBoard {
  readonly id: string;
  readonly title: string;
  /** The session format's name ("Process level"). */
  readonly format: string;
  /** "3: Commands and actors". */
  readonly phase: string;
  readonly role: Role;
  /** The link this browser opened it with (its own token): for a facilitator, the facilitator link. */
  readonly link: string;
  /** When it was last open here (ms since 1970). */
  readonly visitedAt: number;
}

const KEY = 'stormwall.visited';
const KEPT = 20;

/** The boards this browser has opened, the most recent first. */
export function visitedBoards(storage: Storage = localStorage): VisitedBoard[] {
  try {
    const stored = JSON.parse(storage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(stored) ? stored.filter(isVisit).sort((a, b) => b.visitedAt - a.visitedAt) : [];
  } catch {
    return [];
  }
}

/**
 * Notes a visit (or its new phase, title or link), keeping the latest visits only. A board's entry is replaced, so
 * a rotated link or a facilitator who once opened a participant link keeps the strongest role's link: the
 * facilitator's is not lost to a later look through a participant link.
 */
export function rememberVisit(visit: VisitedBoard, storage: Storage = localStorage): void {
  const all = visitedBoards(storage);
  const earlier = all.find((v) => v.id === visit.id);
  const kept = earlier && rank(earlier.role) > rank(visit.role) ? { ...visit, role: earlier.role, link: earlier.link } : visit;
  const next = [kept, ...all.filter((v) => v.id !== visit.id)].slice(0, KEPT);
  try {
    storage.setItem(KEY, JSON.stringify(next));
  } catch {
    // storage full or disabled: the list just misses this visit
  }
}

/**
 * Follows an open board for the home page's list: a visit is noted once connected, and again only when the role,
 * the phase or the link changes.
 */
export function visitRecorder(board: Board, format: SessionFormat | undefined, live: LiveWall): (next: LiveWallSnapshot) => void {
  let noted = '';
  return (next) => {
    const phase = next.wall.settings?.phase ?? board.phase;
    const visit = `${next.role} ${phase.index} ${live.currentToken()}`;
    if (next.status !== 'connected' || !next.role || visit === noted) return;
    noted = visit;
    rememberVisit({
      id: board.id, title: board.title, format: format?.name ?? board.format, phase: `${phase.index}: ${phase.name}`, role: next.role,
      link: new URL(boardPath(board.id, live.currentToken()), location.href).href, visitedAt: Date.now(),
    });
  };
}

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago". */
export function sinceVisit(visitedAt: number, now: number): string {
  const minutes = Math.floor((now - visitedAt) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.floor(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

/** "1 phase", "5 phases": a count with its noun. */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function rank(role: Role): number {
  return role === 'facilitator' ? 2 : role === 'participant' ? 1 : 0;
}

function isVisit(v: unknown): v is VisitedBoard {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return typeof r['id'] === 'string' && typeof r['title'] === 'string' && typeof r['link'] === 'string'
    && typeof r['visitedAt'] === 'number' && typeof r['format'] === 'string' && typeof r['phase'] === 'string'
    && (r['role'] === 'facilitator' || r['role'] === 'participant' || r['role'] === 'observer');
}
