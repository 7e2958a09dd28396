// Writes src/sync/protocol.generated.ts from docs/protocol/protocol.schema.json: the TypeScript types of every
// definition, and the values the app needs (the protocol version, kinds, roles, limits, default sizes, close codes,
// the shape of each server message) as constants, so the page does not carry the schema itself. A test compares
// that file with what generate() gives.
//
// TypeScript can't say "if kind is arrow, then from and to are required", so the conditional parts of a
// definition (if/then in allOf, a oneOf beside properties) are left out here; protocol.ts narrows the few types
// that need it on top of these.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const here = (relative) => fileURLToPath(new URL(relative, import.meta.url));
const SCHEMA = here('../../docs/protocol/protocol.schema.json');
export const OUTPUT = here('../src/sync/protocol.generated.ts');

function unconditional(node, isPropertyList = false) {
  if (Array.isArray(node)) return node.map((item) => unconditional(item));
  if (node === null || typeof node !== 'object') return node;
  const copy = {};
  for (const [key, value] of Object.entries(node)) {
    // in a list of properties the keys are field names (a scenario has one called "then"), not keywords
    if (!isPropertyList && (key === 'allOf' || key === 'if' || key === 'then' || key === 'else')) continue;
    if (!isPropertyList && key === 'oneOf' && 'properties' in node) continue;
    copy[key] = unconditional(value, !isPropertyList && key === 'properties');
  }
  return copy;
}

/** The JSON type of each required field of every server message: what the app checks of a frame it reads. */
function serverShapes(defs) {
  const resolved = (schema) => (schema.$ref ? resolved(defs[schema.$ref.replace('#/$defs/', '')]) : schema);
  const shape = (schema) => {
    const target = resolved(schema);
    if (target.type) return target.type === 'integer' ? 'number' : target.type;
    return typeof (target.const ?? target.enum[0]);
  };
  return Object.fromEntries(
    defs.serverMessage.oneOf.map((branch) => {
      const message = resolved(branch);
      const required = message.required.filter((name) => name !== 'type');
      return [message.properties.type.const, Object.fromEntries(required.map((name) => [name, shape(message.properties[name])]))];
    }),
  );
}

function values(defs) {
  const constant = (name, value, doc) => `/** ${doc} */\nexport const ${name} = ${JSON.stringify(value, null, 2)} as const;\n`;
  return [
    constant('PROTOCOL_VERSION', defs.protocolVersion.const, 'The protocol version this app speaks; join carries it, welcome says the server\'s.'),
    constant('ELEMENT_KINDS', defs.kind.enum, 'The kinds of element, in the schema\'s order.'),
    constant('ROLES', defs.role.enum, 'The roles a board link gives.'),
    constant('LIMITS', {
      textLength: defs.text.maxLength,
      labelLength: defs.label.maxLength,
      ownerLength: defs.owner.maxLength,
      coordinate: defs.coordinate.maximum,
      minSize: defs.size.minimum,
      maxSize: defs.size.maximum,
      z: defs.z.maximum,
      opsPerBatch: defs.batchOps.maxItems,
      elementsPerBoard: defs.snapshot.properties.elements.maxItems,
    }, 'Limits the server enforces; the UI uses them to stop an edit before the server would refuse it.'),
    constant('DEFAULT_SIZE', defs.defaultSize.default, 'The size the server gives an element created without one, by kind.'),
    constant('CLOSE', Object.fromEntries(defs.closeCode.oneOf.map((code) => [code.title, code.const])), 'The close codes, by the names the schema gives them.'),
    constant('SERVER_SHAPES', serverShapes(defs), 'The JSON type of every required field of each server message, by type.'),
  ].join('\n');
}

export async function generate() {
  const original = JSON.parse(readFileSync(SCHEMA, 'utf8'));
  const schema = unconditional(original);
  const names = Object.keys(schema.$defs);
  const root = {
    title: 'ProtocolDefinitions',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(names.map((name) => [name, { $ref: `#/$defs/${name}` }])),
    $defs: schema.$defs,
  };
  const types = await compile(root, 'ProtocolDefinitions', {
    bannerComment:
      '/* Generated from docs/protocol/protocol.schema.json by scripts/protocol-types.mjs: do not edit, run `npm run protocol-types`. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    // a list of up to 20 lines is a list, not a union of 21 tuples
    maxItems: -1,
    format: false,
  });
  return `${types}\n${values(original.$defs)}`;
}

// run as a script (npm run protocol-types, npm run build), it writes the file; the test only compares
if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(OUTPUT, await generate());
