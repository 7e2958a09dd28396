import type { ElementKind, Op, WireElement } from '../sync/protocol';
import { requestJson } from './http';

export interface PhaseRef {
  index: number;
  id: string;
  name: string;
}

export type Role = 'facilitator' | 'participant' | 'observer';

export interface Board {
  id: string;
  title: string;
  format: string;
  phase: PhaseRef;
  seq: number;
  /** Set when this board continues another workshop: the board, and how far it had come, its wall was taken from. */
  continuedFrom?: ContinuedFrom;
}

export interface ContinuedFrom {
  boardId: string;
  title: string;
  format: string;
  seq: number;
  at: string;
  by: string;
}

export interface CreatedBoard extends Board {
  tokens: Record<Role, string>;
  links: Record<Role, string>;
}

export interface FormatPhase {
  id: string;
  name: string;
  /** The kinds this phase adds to those of the phases before it. */
  unlocks: ElementKind[];
  timeboxMinutes: number;
  question: string;
  guidance?: string;
  /** Kinds only the facilitator may add, change or remove from this phase on (the architecture format's map). */
  freezes?: ElementKind[];
  /** What the team may write from this phase on beyond kinds (event modeling: fields, then scenarios). */
  opens?: ('fields' | 'scenarios')[];
  /** The facilitator may turn silent writing on in this phase (chaotic exploration). */
  silentWriting?: boolean;
}

export interface SessionFormat {
  id: string;
  name: string;
  description: string;
  phases: FormatPhase[];
}

export function createBoard(title: string, format: string): Promise<CreatedBoard> {
  return requestJson<CreatedBoard>('/api/boards', { method: 'POST', body: JSON.stringify({ title, format }) });
}

/** Creates a new board from a file written by `GET /api/boards/{id}/export.json`. */
export function importBoard(file: Blob): Promise<CreatedBoard> {
  return requestJson<CreatedBoard>('/api/boards/import', { method: 'POST', body: file });
}

/** The board's details without its wall, which the live connection's snapshot brings. */
export function getBoard(id: string, token: string): Promise<Board> {
  return requestJson<Board>(`/api/boards/${encodeURIComponent(id)}?elements=false`, { headers: { Authorization: `Bearer ${token}` } });
}

export function listFormats(): Promise<SessionFormat[]> {
  return requestJson<SessionFormat[]>('/api/formats');
}

/** Facilitator only: a new board in `format` (architecture by default) that starts with this board's wall. */
export function continueBoard(id: string, token: string, format?: string): Promise<CreatedBoard & { continuedFrom: ContinuedFrom }> {
  return requestJson(`/api/boards/${encodeURIComponent(id)}/continue`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify(format ? { format } : {}),
  });
}

export interface RotatedLink {
  role: Role;
  token: string;
  link: string;
}

/** Replaces a role's link (facilitator only); the old one stops working at once. */
export function rotateLink(id: string, role: Role, token: string): Promise<RotatedLink> {
  return requestJson<RotatedLink>(`/api/boards/${encodeURIComponent(id)}/links/${role}/rotate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
  });
}

/** One batch of edits over REST, all applied or none (the live connection's `ops`, for a page without one). */
export function applyOps(id: string, token: string, clientOpId: string, ops: readonly Op[]): Promise<unknown> {
  return requestJson(`/api/boards/${encodeURIComponent(id)}/ops`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ clientOpId, ops }),
  });
}

/** A named point in the board's order (docs/api.md, Checkpoints): kept by each phase change, or taken by hand. */
export interface Checkpoint {
  seq: number;
  label: string;
  kind: 'phase' | 'manual';
  phase: { index: number; id: string; name: string };
  at: string;
  by: string;
}

export function listCheckpoints(id: string, token: string): Promise<Checkpoint[]> {
  return requestJson<{ checkpoints: Checkpoint[] }>(`/api/boards/${encodeURIComponent(id)}/checkpoints`, {
    headers: { Authorization: `Bearer ${token}` },
  }).then((list) => list.checkpoints);
}

/** The wall as it stood at a checkpoint: the op log replayed up to it. */
export function checkpointWall(id: string, seq: number, token: string): Promise<{ checkpoint: Checkpoint; elements: WireElement[] }> {
  return requestJson(`/api/boards/${encodeURIComponent(id)}/checkpoints/${seq}`, { headers: { Authorization: `Bearer ${token}` } });
}

/** Facilitator only: a new board in the same format that starts with the checkpoint's wall. */
export function boardFromCheckpoint(id: string, seq: number, token: string): Promise<CreatedBoard> {
  return requestJson(`/api/boards/${encodeURIComponent(id)}/checkpoints/${seq}/board`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}` },
    body: '{}',
  });
}
