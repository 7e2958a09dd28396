import { KIND_STYLES } from '../render/kinds';
import { notationFields, notationOps, type NotationField, type NotationForm } from '../store/notation';
import { el } from '../ui/dom';
import { stickyToSave } from './stickyDialog';
import type { WallContext } from './wallContext';

/**
 * The properties of one sticky (a hotspot's status and owner, a policy's mode, an external system's ownership and
 * anti-corruption layer) in a small dialog: opened from the selection toolbar or with Alt+Enter, worked with the
 * keyboard alone (Tab between fields, Enter saves, Escape closes; then the keys are the wall's again). Saving is one
 * edit — one batch, one undo step — holding only what this person changed, so a property someone else set meanwhile
 * is not set back.
 */
export function propertiesPanel(wall: WallContext, focusWall: () => void): { node: HTMLDialogElement; open(id: string): void } {
  const heading = el('h2', { id: 'properties-heading' });
  const fields = el('div', { class: 'properties-fields' });
  const problem = el('p', { class: 'form-error', role: 'alert', 'data-testid': 'properties-problem' });
  const save = el('button', { type: 'submit', class: 'primary', 'data-testid': 'properties-save' }, 'Save');
  const cancel = el('button', { type: 'button' }, 'Cancel');
  const form = el('form', {}, heading, fields, problem, el('div', { class: 'properties-buttons' }, save, cancel));
  const node = el('dialog', { class: 'help properties', 'aria-labelledby': 'properties-heading', 'data-testid': 'properties' }, form);
  // the wall's shortcuts stay out of the dialog: its keys are its fields'
  node.addEventListener('keydown', (event) => event.stopPropagation());
  cancel.addEventListener('click', () => node.close());
  // once closed (saved, cancelled or Escape) the keys are the wall's again: the browser would give them back to
  // whatever had them before, such as the toolbar's button, where Enter or Alt+Enter next would do nothing
  node.addEventListener('close', focusWall);

  let editing: { id: string; kind: string; opened: NotationForm; read: () => NotationForm } | null = null;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const element = stickyToSave(wall, editing, node, problem);
    if (!element || !editing) return;
    const now = editing.read();
    const changed: NotationForm = {};
    for (const [key, value] of Object.entries(now) as [keyof NotationForm, string | boolean][]) {
      if (editing.opened[key] !== value) changed[key] = value;
    }
    const { ops, problem: wrong } = notationOps(element, changed);
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
      const shown = notationFields(element);
      if (!element || shown.length === 0) return;
      if (!wall.canEdit()) return;
      const refusal = wall.locked(id);
      if (refusal) {
        wall.say(refusal);
        return;
      }
      const style = KIND_STYLES[element.kind];
      heading.textContent = `${style.icon} ${style.label}: ${element.text.trim() || '(empty)'}`;
      problem.textContent = '';
      const controls = shown.map((field) => control(field, (element.props as Record<string, unknown>)[field.key]));
      fields.replaceChildren(...controls.map((c) => c.row));
      const read = (): NotationForm => Object.fromEntries(controls.map((c) => [c.key, c.value()]));
      editing = { id, kind: element.kind, opened: read(), read };
      node.showModal();
      controls[0]?.focus();
    },
  };
}

interface Control {
  key: NotationField['key'];
  row: HTMLElement;
  value(): string | boolean;
  focus(): void;
}

function control(field: NotationField, current: unknown): Control {
  const id = `property-${field.key}`;
  if (field.type === 'flag') {
    const box = el('input', { type: 'checkbox', id, 'data-testid': id });
    box.checked = current === true;
    return { key: field.key, row: el('label', { class: 'properties-flag' }, box, ` ${field.label}`), value: () => box.checked, focus: () => box.focus() };
  }
  if (field.type === 'text') {
    const input = el('input', { type: 'text', id, maxlength: String(field.max), autocomplete: 'off', 'data-testid': id });
    input.value = typeof current === 'string' ? current : '';
    return { key: field.key, row: el('label', { for: id }, field.label, input), value: () => input.value, focus: () => input.focus() };
  }
  const select = el('select', { id, 'data-testid': id },
    el('option', { value: '' }, 'not set'),
    ...field.values.map((v) => el('option', { value: v }, field.labels?.[v] ?? v)));
  select.value = typeof current === 'string' && field.values.includes(current) ? current : '';
  return { key: field.key, row: el('label', { for: id }, field.label, select), value: () => select.value, focus: () => select.focus() };
}
