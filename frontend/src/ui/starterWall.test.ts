import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { LIMITS, type CreateOp } from '../sync/protocol';
import { starterWallOps } from './starterWall';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../docs/protocol/protocol.schema.json', import.meta.url)), 'utf8')) as object;

describe('the starter wall', () => {
  const ops = starterWallOps();
  const created = ops.filter((op): op is CreateOp => op.op === 'create').map((op) => op.element);

  it('is one batch the protocol accepts', () => {
    const ajv = new Ajv2020({ strict: true, strictRequired: false, formats: { 'date-time': true } });
    ajv.addSchema(schema, 'protocol');
    const validate = ajv.getSchema('protocol#/$defs/clientMessage')!;
    expect(validate({ type: 'ops', clientOpId: 'starter', ops }), ajv.errorsText(validate.errors)).toBe(true);
    expect(ops.length).toBeLessThanOrEqual(LIMITS.opsPerBatch);
  });

  it('holds the subscription example: six contexts, their aggregates, policies, read models and hotspots, all joined', () => {
    const count = (kind: string) => created.filter((e) => e.kind === kind).length;
    expect(count('boundary')).toBe(6);
    expect(count('aggregate')).toBe(6);
    expect(count('policy')).toBe(4);
    expect(count('readModel')).toBe(3);
    expect(count('hotspot')).toBe(3);
    const ids = new Set(created.map((e) => e.id));
    const arrows = created.filter((e) => e.kind === 'arrow');
    expect(arrows.length).toBeGreaterThan(30);
    for (const a of arrows) if (a.kind === 'arrow') expect(ids.has(a.from) && ids.has(a.to)).toBe(true);
  });

  it('is made with new ids each time', () => {
    const again = starterWallOps().filter((op): op is CreateOp => op.op === 'create').map((op) => op.element.id);
    expect(again.some((id) => created.some((e) => e.id === id))).toBe(false);
  });
});
