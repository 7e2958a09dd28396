import type { ElementKind } from '../sync/protocol';
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

export function getBoard(id: string, token: string): Promise<Board> {
  return requestJson<Board>(`/api/boards/${encodeURIComponent(id)}`, { headers: { Authorization: `Bearer ${token}` } });
}

export function listFormats(): Promise<SessionFormat[]> {
  return requestJson<SessionFormat[]>('/api/formats');
}
