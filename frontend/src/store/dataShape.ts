import type { Field, Op, Scenario, WireElement } from '../sync/protocol';

/**
 * The Event Modeling side of a sticky as the browser edits it (docs/protocol.md, "Fields and scenarios"): the fields
 * an event, command or read model carries and the scenarios of a command or read model, listed in the server's order,
 * and the one update that turns an edited list into entry-by-entry changes — so what someone else edited at the same
 * time on the same sticky stays.
 */
export const FIELD_TYPES = ['string', 'number', 'boolean', 'date', 'id', 'money', 'list'] as const;
export const MAX_FIELDS = 50;
export const MAX_SCENARIOS = 20;
const NAME_LENGTH = 64;

/** `at` is the entry's stored place; a row added in the editor has none until it is saved after the others. */
export interface FieldRow { key: string; name: string; type: string; at?: number }
export interface ScenarioRow { key: string; title: string; given: string[]; then: string[]; failure: string; at?: number }

export function carriesFields(element: WireElement | undefined): boolean {
  return element?.kind === 'event' || element?.kind === 'command' || element?.kind === 'readModel';
}

export function carriesScenarios(element: WireElement | undefined): boolean {
  return element?.kind === 'command' || element?.kind === 'readModel';
}

function entries<T extends { at: number }>(map: Record<string, T> | undefined): [string, T][] {
  return Object.entries(map ?? {}).sort(([ka, a], [kb, b]) => a.at - b.at || (ka < kb ? -1 : ka > kb ? 1 : 0));
}

export function fieldsOf(element: WireElement): FieldRow[] {
  return entries(element.props?.fields).map(([key, f]) => ({ key, name: f.name, type: f.type, at: f.at }));
}

export function scenariosOf(element: WireElement): ScenarioRow[] {
  return entries(element.props?.scenarios).map(([key, s]) => ({
    key, title: s.title ?? '', given: [...s.given], then: [...s.then], failure: s.failure ?? '', at: s.at,
  }));
}

/** "orderId: id, total: money": the fields in one line, for the wall and the outline. */
export function fieldsLine(element: WireElement): string {
  return fieldsOf(element).map((f) => `${f.name}: ${f.type}`).join(', ');
}

/** A key no entry of the element has: short, and unlikely to meet one another person makes at the same moment. */
export function newKey(prefix: 'f' | 's', taken: Iterable<string>): string {
  const used = new Set(taken);
  for (;;) {
    const key = prefix + Math.random().toString(36).slice(2, 8);
    if (!used.has(key)) return key;
  }
}

/**
 * The update that makes the element's fields and scenarios what the editor shows, changing only the entries this
 * person touched (from `opened` to `edited`); a problem in words when a name is missing, too long or twice.
 */
export function dataOps(
  element: WireElement,
  opened: { fields: FieldRow[]; scenarios: ScenarioRow[] },
  edited: { fields: FieldRow[]; scenarios: ScenarioRow[] },
): { ops: Op[]; problem: string | null } {
  const fields = edited.fields.map((f) => ({ ...f, name: f.name.trim(), type: f.type.trim() })).filter((f) => f.name || f.type);
  const problem = fieldProblem(fields) ?? (edited.scenarios.length > MAX_SCENARIOS ? `A sticky holds at most ${MAX_SCENARIOS} scenarios.` : null);
  if (problem) return { ops: [], problem };
  const fieldPatch = patch(opened.fields, fields, (f, at): Field => ({ name: f.name, type: f.type, at }));
  const scenarioPatch = patch(opened.scenarios, edited.scenarios.map(cleanScenario), (s, at): Scenario => ({
    ...(s.title ? { title: s.title } : {}), given: s.given, then: s.then, ...(s.failure ? { failure: s.failure } : {}), at,
  }));
  const props: Record<string, unknown> = {};
  if (Object.keys(fieldPatch).length > 0) props['fields'] = fieldPatch;
  if (Object.keys(scenarioPatch).length > 0 && carriesScenarios(element)) props['scenarios'] = scenarioPatch;
  return Object.keys(props).length === 0
    ? { ops: [], problem: null }
    : { ops: [{ op: 'update', id: element.id, set: { props } }], problem: null };
}

function fieldProblem(fields: FieldRow[]): string | null {
  if (fields.length > MAX_FIELDS) return `A sticky holds at most ${MAX_FIELDS} fields.`;
  const seen = new Map<string, string>();
  for (const f of fields) {
    if (!f.name) return `The field of type "${f.type}" needs a name.`;
    if (!f.type) return `Field "${f.name}" needs a type, e.g. ${FIELD_TYPES.join(', ')} or another sticky's name.`;
    if (f.name.length > NAME_LENGTH || f.type.length > NAME_LENGTH) return `Field names and types are at most ${NAME_LENGTH} characters.`;
    const other = seen.get(f.name.toLowerCase());
    if (other !== undefined) return `Two fields are named "${other}".`;
    seen.set(f.name.toLowerCase(), f.name);
  }
  return null;
}

function cleanScenario(s: ScenarioRow): ScenarioRow {
  const lines = (list: string[]) => list.map((line) => line.trim()).filter((line) => line.length > 0);
  return { ...s, title: s.title.trim(), given: lines(s.given), then: lines(s.then), failure: s.failure.trim() };
}

/**
 * Entry by entry: removed ones become null, new or changed ones are sent whole. An entry keeps its stored place, so
 * one removed above it does not make it look changed (and overwrite what someone else did to it); new ones go after.
 */
function patch<R extends { key: string; at?: number }, E>(before: R[], after: R[], entry: (row: R, at: number) => E): Record<string, E | null> {
  const out: Record<string, E | null> = {};
  const was = new Map(before.map((row) => [row.key, JSON.stringify(entry(row, row.at ?? 0))]));
  let next = Math.max(0, ...before.map((row) => row.at ?? 0), ...after.map((row) => row.at ?? 0));
  for (const row of after) {
    const now = entry(row, row.at ?? ++next);
    if (was.get(row.key) !== JSON.stringify(now)) out[row.key] = now;
  }
  const kept = new Set(after.map((row) => row.key));
  for (const row of before) if (!kept.has(row.key)) out[row.key] = null;
  return out;
}
