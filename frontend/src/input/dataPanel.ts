import { KIND_STYLES } from '../render/kinds';
import {
  FIELD_TYPES, MAX_FIELDS, MAX_SCENARIOS, carriesFields, carriesScenarios, dataOps, fieldsOf, newKey, scenariosOf,
  type FieldRow, type ScenarioRow,
} from '../store/dataShape';
import { el } from '../ui/dom';
import { stickyToSave } from './stickyDialog';
import type { WallContext } from './wallContext';

/**
 * The fields of an event, command or read model and the scenarios of a command or read model, edited in a dialog
 * beside the wall (Alt+Enter or "Fields" on the selection toolbar): a row per field, name then type, so Tab walks
 * them in reading order; a scenario's given and then one event per line. Saving is one edit holding only the entries
 * this person changed, so someone editing another field of the same sticky at the same time keeps their edit.
 */
export function dataPanel(wall: WallContext, focusWall: () => void): { node: HTMLDialogElement; open(id: string): void } {
  const heading = el('h2', { id: 'data-heading' });
  const fieldList = el('div', { class: 'data-fields', role: 'list', 'aria-label': 'Fields' });
  const addField = el('button', { type: 'button', 'data-testid': 'data-add-field' }, '+ Field');
  const scenarioList = el('div', { class: 'data-scenarios', role: 'list', 'aria-label': 'Scenarios' });
  const addScenario = el('button', { type: 'button', 'data-testid': 'data-add-scenario' }, '+ Scenario');
  const scenarioNote = el('p', { class: 'hint', 'data-testid': 'data-scenarios-later' });
  const scenarioPart = el('section', { class: 'data-part' }, el('h3', {}, 'Scenarios'), scenarioList, addScenario, scenarioNote);
  const types = el('datalist', { id: 'data-types' });
  const problem = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'data-problem' });
  const save = el('button', { type: 'submit', class: 'primary', 'data-testid': 'data-save' }, 'Save');
  const cancel = el('button', { type: 'button' }, 'Cancel');
  const form = el('form', {}, heading, el('section', { class: 'data-part' }, el('h3', {}, 'Fields'), fieldList, addField),
    scenarioPart, types, problem, el('div', { class: 'properties-buttons' }, save, cancel));
  const node = el('dialog', { class: 'help properties data', 'aria-labelledby': 'data-heading', 'data-testid': 'data' }, form);
  node.addEventListener('keydown', (event) => event.stopPropagation());
  cancel.addEventListener('click', () => node.close());
  // the keys go back to the wall, so Alt+Enter right after saving opens the sticky's fields again
  node.addEventListener('close', focusWall);

  let editing: { id: string; kind: string; opened: { fields: FieldRow[]; scenarios: ScenarioRow[] } } | null = null;
  let fieldRows: { row: FieldRow; node: HTMLElement; name: HTMLInputElement; type: HTMLInputElement }[] = [];
  let scenarioRows: { row: ScenarioRow; node: HTMLElement; read(): ScenarioRow }[] = [];

  const fieldRow = (row: FieldRow) => {
    const name = el('input', { type: 'text', maxlength: '64', autocomplete: 'off', placeholder: 'name', 'aria-label': 'Field name', 'data-testid': 'data-field-name' });
    const type = el('input', { type: 'text', maxlength: '64', autocomplete: 'off', placeholder: 'type', list: 'data-types', 'aria-label': 'Field type', 'data-testid': 'data-field-type' });
    name.value = row.name;
    type.value = row.type;
    const remove = el('button', { type: 'button', class: 'data-remove', 'aria-label': 'Remove this field', title: 'Remove this field' }, '×');
    const item = { row, node: el('div', { class: 'data-field', role: 'listitem' }, name, type, remove), name, type };
    remove.addEventListener('click', () => {
      fieldRows = fieldRows.filter((r) => r !== item);
      item.node.remove();
    });
    fieldRows.push(item);
    fieldList.append(item.node);
    return item;
  };

  const scenarioRow = (row: ScenarioRow, command: boolean) => {
    const title = el('input', { type: 'text', maxlength: '200', placeholder: 'what this case is about', 'aria-label': 'Scenario title', 'data-testid': 'data-scenario-title' });
    const given = el('textarea', { rows: '2', placeholder: 'one event per line', 'aria-label': 'Given', 'data-testid': 'data-scenario-given' });
    const then = el('textarea', { rows: '2', placeholder: command ? 'the events it results in, one per line' : 'what it shows, one line each', 'aria-label': 'Then', 'data-testid': 'data-scenario-then' });
    const failure = el('input', { type: 'text', maxlength: '200', placeholder: 'or the failure it ends in', 'aria-label': 'Fails with', 'data-testid': 'data-scenario-failure' });
    title.value = row.title;
    given.value = row.given.join('\n');
    then.value = row.then.join('\n');
    failure.value = row.failure;
    const remove = el('button', { type: 'button', class: 'data-remove', 'aria-label': 'Remove this scenario', title: 'Remove this scenario' }, '×');
    const parts: HTMLElement[] = [title, el('label', {}, 'Given', given), el('label', {}, command ? 'Then' : 'Shows', then)];
    if (command) parts.push(el('label', {}, 'Or fails with', failure));
    const lines = (area: HTMLTextAreaElement) => area.value.split('\n');
    const item = {
      row,
      node: el('div', { class: 'data-scenario', role: 'listitem' }, ...parts, remove),
      read: (): ScenarioRow => ({ ...row, title: title.value, given: lines(given), then: lines(then), failure: command ? failure.value : '' }),
    };
    remove.addEventListener('click', () => {
      scenarioRows = scenarioRows.filter((r) => r !== item);
      item.node.remove();
    });
    scenarioRows.push(item);
    scenarioList.append(item.node);
    return item;
  };

  addField.addEventListener('click', () => {
    if (fieldRows.length >= MAX_FIELDS) {
      problem.textContent = `A sticky holds at most ${MAX_FIELDS} fields.`;
      return;
    }
    fieldRow({ key: newKey('f', fieldRows.map((r) => r.row.key)), name: '', type: '' }).name.focus();
  });
  addScenario.addEventListener('click', () => {
    if (scenarioRows.length >= MAX_SCENARIOS) {
      problem.textContent = `A sticky holds at most ${MAX_SCENARIOS} scenarios.`;
      return;
    }
    const element = editing ? wall.view().get(editing.id) : undefined;
    scenarioRow({ key: newKey('s', scenarioRows.map((r) => r.row.key)), title: '', given: [], then: [], failure: '' }, element?.kind === 'command')
      .node.querySelector('input')?.focus();
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const element = stickyToSave(wall, editing, node, problem);
    if (!element || !editing) return;
    const edited = {
      fields: fieldRows.map((r) => ({ ...r.row, name: r.name.value, type: r.type.value })),
      scenarios: scenarioRows.map((r) => r.read()),
    };
    const { ops, problem: wrong } = dataOps(element, editing.opened, edited);
    if (wrong) {
      problem.textContent = wrong;
      return;
    }
    if (ops.length > 0) wall.edit(ops);
    node.close();
  });

  return {
    node,
    open(id) {
      const element = wall.view().get(id);
      if (!element || !carriesFields(element) || !wall.canEdit()) return;
      const refusal = wall.locked(id) ?? wall.notYetOpen('fields');
      if (refusal) {
        wall.say(refusal);
        return;
      }
      const scenariosLater = wall.notYetOpen('scenarios');
      addScenario.disabled = scenariosLater !== null;
      scenarioNote.textContent = scenariosLater ?? '';
      const style = KIND_STYLES[element.kind];
      heading.textContent = `${style.icon} ${style.label}: ${element.text.trim() || '(empty)'}`;
      problem.textContent = '';
      // the types offered: the basic ones, then the names of the wall's events, commands and read models
      const names = [...wall.view().values()].filter((e) => carriesFields(e) && e.id !== id).map((e) => e.text.trim()).filter(Boolean);
      types.replaceChildren(...[...FIELD_TYPES, ...new Set(names)].map((value) => el('option', { value })));
      fieldRows = [];
      scenarioRows = [];
      fieldList.replaceChildren();
      scenarioList.replaceChildren();
      const opened = { fields: fieldsOf(element), scenarios: carriesScenarios(element) ? scenariosOf(element) : [] };
      opened.fields.forEach(fieldRow);
      opened.scenarios.forEach((s) => scenarioRow(s, element.kind === 'command'));
      scenarioPart.hidden = !carriesScenarios(element);
      editing = { id, kind: element.kind, opened };
      node.showModal();
      if (fieldRows.length === 0) addField.click();
      else fieldRows[0]!.name.focus();
    },
  };
}
