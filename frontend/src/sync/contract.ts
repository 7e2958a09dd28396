/**
 * The facts of the live protocol that the app needs as values (its version, the limits the server enforces, each
 * kind's default size, the close codes), read from docs/protocol/protocol.schema.json, the one place they are kept:
 * the server reads the same file.
 */
import schema from '../../../docs/protocol/protocol.schema.json';

const defs = schema.$defs;

/** The protocol version this app speaks; join carries it and welcome says the server's. */
export const PROTOCOL_VERSION: number = defs.protocolVersion.const;

export const ELEMENT_KINDS = defs.kind.enum as unknown as readonly [
  'event', 'command', 'actor', 'policy', 'readModel', 'hotspot', 'aggregate', 'externalSystem', 'boundary', 'arrow',
];

export const ROLES = defs.role.enum as unknown as readonly ['facilitator', 'participant', 'observer'];

/** Limits the server enforces; the UI uses them to stop an edit before the server would refuse it. */
export const LIMITS = {
  textLength: defs.text.maxLength,
  labelLength: defs.label.maxLength,
  ownerLength: defs.owner.maxLength,
  coordinate: defs.coordinate.maximum,
  minSize: defs.size.minimum,
  maxSize: defs.size.maximum,
  z: defs.z.maximum,
  opsPerBatch: defs.batchOps.maxItems,
  elementsPerBoard: defs.snapshot.properties.elements.maxItems,
} as const;

type Kind = (typeof ELEMENT_KINDS)[number];

/** The size the server gives an element created without one: used to draw it before the server confirms it. */
export const DEFAULT_SIZE: Readonly<Record<Kind, { readonly w: number; readonly h: number }>> = defs.defaultSize.default;

type CloseName = (typeof defs.closeCode.oneOf)[number]['title'];

/** The close codes by the names the schema gives them. */
export const CLOSE = Object.fromEntries(defs.closeCode.oneOf.map((code) => [code.title, code.const])) as Readonly<
  Record<CloseName, number>
>;
