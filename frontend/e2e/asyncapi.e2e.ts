import { Parser } from '@asyncapi/parser';
import { describe, expect, it } from 'vitest';
import { BASE_URL } from './browser';
import { createBoard, type Sticky } from './wall';

// The AsyncAPI export as a consumer reads it: fetched from the running server and parsed by AsyncAPI's own parser,
// which checks the whole specification (structure, references, payload schemas).
describe('the AsyncAPI export', () => {
  it('is a valid AsyncAPI 3 document with one channel per event that crosses a boundary, hostile names included', async () => {
    const id = () => crypto.randomUUID();
    const billing = id();
    const shipping = id();
    const failed = id();
    const raised = id();
    const hostile = id();
    const reacts = id();
    const queue = id();
    const fields = {
      f1: { name: 'subscriptionId', type: 'id', at: 1 },
      f2: { name: 'amount', type: 'money', at: 2 },
      f3: { name: 'failedAt', type: 'date', at: 3 },
      f4: { name: "\"quoted\": {$ref: '#/x'} ünï", type: 'list', at: 4 },
    };
    const stickies: Sticky[] = [
      { id: billing, kind: 'boundary', text: 'Billing', x: 0, y: 0, w: 800, h: 500 },
      { id: shipping, kind: 'boundary', text: 'Shipping: "quotes" & #hash', x: 1000, y: 0, w: 800, h: 500 },
      { id: failed, kind: 'event', text: 'Payment Failed', x: 100, y: 100 },
      { id: raised, kind: 'event', text: 'Invoice Raised', x: 300, y: 100 },
      { id: hostile, kind: 'event', text: "'}]: &anchor *alias\n--- !!python/object", x: 100, y: 300 },
      { id: reacts, kind: 'policy', text: 'Hold the box', x: 1100, y: 100 },
      { id: queue, kind: 'readModel', text: 'Shipment Queue', x: 1100, y: 300 },
    ];
    const board = await createBoard('Crossings "and" <tags>', stickies, [
      { op: 'update', id: failed, set: { props: { fields } } },
      { op: 'create', element: { kind: 'arrow', from: failed, to: reacts } },
      { op: 'create', element: { kind: 'arrow', from: failed, to: queue } },
      { op: 'create', element: { kind: 'arrow', from: hostile, to: queue } },
      { op: 'create', element: { kind: 'arrow', from: raised, to: failed } },
    ]);

    const response = await fetch(`${BASE_URL}/api/boards/${board.id}/export.asyncapi.yaml`, {
      headers: { Authorization: `Bearer ${board.tokens.observer}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/yaml');
    const { document, diagnostics } = await new Parser().parse(await response.text());

    expect(diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    expect(document).toBeDefined();
    const channels = document!.channels().all();
    expect(channels.map((c) => c.address()).sort()).toEqual(['billing.anchor-alias-python-object', 'billing.payment-failed']);
    const paymentFailed = channels.find((c) => c.address() === 'billing.payment-failed')!;
    const payload = paymentFailed.messages().all()[0]!.payload()!;
    expect(Object.keys(payload.properties() ?? {})).toEqual(['subscriptionId', 'amount', 'failedAt', "\"quoted\": {$ref: '#/x'} ünï"]);
    expect(payload.properties()!['subscriptionId']!.format()).toBe('uuid');
    const actions = document!.operations().all().map((o) => `${o.action()} ${o.channels().all()[0]!.address()}`).sort();
    expect(actions).toEqual([
      'receive billing.anchor-alias-python-object',
      'receive billing.payment-failed',
      'send billing.anchor-alias-python-object',
      'send billing.payment-failed',
    ]);
  });
});
