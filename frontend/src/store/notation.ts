import { carriesFields, fieldsOf } from './dataShape';
import { STATUSES, THEMES } from './hotspotReview';
import { LIMITS, type ElementKind, type Op, type Props, type PropsPatch, type WireElement } from '../sync/protocol';

/**
 * The notation's properties a sticky carries beyond its text (docs/protocol.md, "Elements"): a hotspot's status
 * and owner, a policy's mode, an external system's ownership and anti-corruption layer. Which kind has which, what
 * each may hold, and the one short wording of them that the wall's badge, the outline and the photos share.
 */
export type NotationField =
  | {
    readonly key: 'status' | 'mode' | 'ownership' | 'theme';
    readonly label: string;
    readonly type: 'choice';
    readonly values: readonly string[];
    /** How a value reads where it is not simply its id ("in progress", "Unclear invariant"). */
    readonly labels?: Readonly<Record<string, string>>;
  }
  | { readonly key: 'owner'; readonly label: string; readonly type: 'text'; readonly max: number }
  | { readonly key: 'acl'; readonly label: string; readonly type: 'flag' };

export const NOTATION: Partial<Record<ElementKind, readonly NotationField[]>> = {
  hotspot: [
    { key: 'status', label: 'Status', type: 'choice', values: STATUSES.map((s) => s.id), labels: labelsOf(STATUSES) },
    { key: 'owner', label: 'Owner', type: 'text', max: LIMITS.ownerLength },
    { key: 'theme', label: 'Theme', type: 'choice', values: THEMES.map((t) => t.id), labels: labelsOf(THEMES) },
  ],
  policy: [{ key: 'mode', label: 'Mode', type: 'choice', values: ['reactive', 'long-running'] }],
  externalSystem: [
    { key: 'ownership', label: 'Ownership', type: 'choice', values: ['external', 'internal'] },
    { key: 'acl', label: 'Anti-corruption layer', type: 'flag' },
  ],
};

function labelsOf(choices: readonly { id: string; label: string }[]): Record<string, string> {
  return Object.fromEntries(choices.map((c) => [c.id, c.label]));
}

export function notationFields(element: WireElement | undefined): readonly NotationField[] {
  return element ? NOTATION[element.kind] ?? [] : [];
}

export function hasNotation(element: WireElement | undefined): boolean {
  return notationFields(element).length > 0;
}

/** The values as a form gives them: a choice left unset is '', an owner is free text. */
export type NotationForm = Partial<Record<NotationField['key'], string | boolean>>;

/**
 * The one update that gives the element what the form says, or a problem in words; no ops when nothing changes.
 * An empty choice or owner removes the property (a null in the patch), an owner is kept without outer spaces, and
 * an unticked anti-corruption layer is removed rather than stored as false, so "not set" has one form.
 */
export function notationOps(element: WireElement, form: NotationForm): { ops: Op[]; problem: string | null } {
  const patch: PropsPatch = {};
  const current = element.props as Record<string, unknown>;
  for (const field of notationFields(element)) {
    if (!(field.key in form)) continue;
    const raw = form[field.key];
    let value: string | boolean | null;
    if (field.type === 'flag') {
      value = raw === true ? true : null;
    } else {
      const text = typeof raw === 'string' ? raw.trim() : '';
      if (field.type === 'text' && text.length > field.max) return { ops: [], problem: `${field.label} must be at most ${field.max} characters.` };
      if (field.type === 'choice' && text !== '' && !field.values.includes(text)) {
        return { ops: [], problem: `${field.label} must be one of ${field.values.join(', ')}.` };
      }
      value = text === '' ? null : text;
    }
    if ((current[field.key] ?? null) !== value) (patch as Record<string, unknown>)[field.key] = value;
  }
  return Object.keys(patch).length === 0
    ? { ops: [], problem: null }
    : { ops: [{ op: 'update', id: element.id, set: { props: patch } }], problem: null };
}

/** How strongly a badge asks for attention: an open hotspot is the wall's unfinished business. */
export type BadgeTone = 'alert' | 'done' | 'plain';

/**
 * The sticky's properties in a few words ("open · Ann", "long-running", "external · ACL", "orderId, total · 1
 * scenario"), or '' when none is set;
 * the photos (backend export/internal/photo/PhotoPainter) word them the same.
 */
export function badgeText(element: WireElement): string {
  const props: Props = element.props ?? {};
  const parts: string[] = [];
  if (element.kind === 'hotspot') {
    if (props.status) parts.push(STATUSES.find((s) => s.id === props.status)?.label ?? props.status);
    if (props.owner?.trim()) parts.push(props.owner.trim());
  } else if (element.kind === 'policy') {
    if (props.mode) parts.push(props.mode);
  } else if (element.kind === 'externalSystem') {
    if (props.ownership) parts.push(props.ownership);
    if (props.acl === true) parts.push('ACL');
  } else if (carriesFields(element)) {
    const fields = fieldsOf(element);
    if (fields.length > 0) parts.push(fields.map((f) => f.name).join(', '));
    const scenarios = Object.keys(props.scenarios ?? {}).length;
    if (scenarios > 0) parts.push(`${scenarios} scenario${scenarios === 1 ? '' : 's'}`);
  }
  return parts.join(' · ');
}

export function badgeTone(element: WireElement): BadgeTone {
  const status = element.kind === 'hotspot' ? element.props?.status : undefined;
  return status === 'open' ? 'alert' : status === 'resolved' ? 'done' : 'plain';
}
