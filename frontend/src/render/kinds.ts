import type { ElementKind } from '../sync/protocol';

export interface KindStyle {
  readonly label: string;
  readonly fill: string;
  /** A short glyph beside the label, so colour is never the only cue. */
  readonly icon: string;
  readonly shortcut: string;
}

/** The one palette: the canvas, the palette buttons and the legend all read it. */
export const KIND_STYLES: Record<ElementKind, KindStyle> = {
  event: { label: 'Domain event', fill: '#FFA94D', icon: '◆', shortcut: 'e' },
  command: { label: 'Command', fill: '#74C0FC', icon: '▶', shortcut: 'c' },
  actor: { label: 'Actor', fill: '#FFE066', icon: '☺', shortcut: 'a' },
  policy: { label: 'Policy', fill: '#B197FC', icon: '⟳', shortcut: 'p' },
  readModel: { label: 'Read model', fill: '#B2F2BB', icon: '▤', shortcut: 'r' },
  hotspot: { label: 'Hotspot', fill: '#FF8787', icon: '!', shortcut: 'h' },
  aggregate: { label: 'Aggregate', fill: '#FFF3BF', icon: '▣', shortcut: 'g' },
  externalSystem: { label: 'External system', fill: '#F783AC', icon: '⇄', shortcut: 'x' },
  boundary: { label: 'Bounded context', fill: 'transparent', icon: '⬚', shortcut: 'b' },
  arrow: { label: 'Arrow', fill: '#495057', icon: '→', shortcut: '' },
};

/** What is selected is drawn in this colour: frames, arrows, handles. */
export const SELECTED = '#1c7ed6';

/** The kinds offered in the palette, in the order a process-level workshop meets them. */
export const PALETTE_KINDS: readonly ElementKind[] = [
  'event', 'command', 'actor', 'externalSystem', 'aggregate', 'policy', 'readModel', 'hotspot', 'boundary',
];
