import type { NoteKind, Op, Props } from '../sync/protocol';

export const STARTER_TITLE = 'Subscription box (starter wall)';

/** One actor–command–event cell of an aggregate; `backwards` draws the arrows from the events to the command. */
interface Triplet {
  actor: string | null;
  command: string;
  events: string[];
  backwards?: boolean;
}

const triplet = (actor: string | null, command: string, ...events: string[]): Triplet => ({ actor, command, events });

const CONTEXT_WIDTH = 1400;
const ROW = 140;

/**
 * The method's worked example, a monthly subscription box, as a finished wall to try the tool on: six bounded
 * contexts, each holding its aggregate with the actors, commands and events it handles, the policies and read
 * models between them, three hotspots and the arrows joining it all. New ids each time, so it can be made again.
 */
export function starterWallOps(newId: () => string = () => crypto.randomUUID()): Op[] {
  const ops: Op[] = [];
  const ids = new Map<string, string>();
  let bottom = 0;
  let aggregateX = 0;
  let aggregateY = 0;
  let extrasY = 0;
  let extras = 0;

  const create = (kind: NoteKind, text: string, x: number, y: number, size: { w?: number; h?: number } = {}, props?: Props): string => {
    const id = newId();
    ops.push({ op: 'create', element: { id, kind, text, x, y, ...size, ...(props ? { props } : {}) } });
    if (!ids.has(text)) ids.set(text, id);
    return id;
  };
  const arrowIds = (from: string, to: string): void => {
    ops.push({ op: 'create', element: { id: newId(), kind: 'arrow', from, to } });
  };
  const arrow = (from: string, to: string): void => arrowIds(ids.get(from)!, ids.get(to)!);
  const context = (name: string, aggregate: string, rows: Triplet[]): void => {
    const top = bottom + 60;
    aggregateX = 40;
    aggregateY = top + 60;
    const aggregateHeight = 40 + rows.length * ROW;
    extrasY = aggregateY + aggregateHeight + 40;
    extras = 0;
    const contextHeight = extrasY + 160 - top;
    create('boundary', name, 0, top, { w: CONTEXT_WIDTH, h: contextHeight });
    create('aggregate', aggregate, aggregateX, aggregateY, { w: 1000, h: aggregateHeight });
    rows.forEach((t, r) => {
      const y = aggregateY + 30 + r * ROW;
      const command = create('command', t.command, aggregateX + 160, y);
      if (t.actor) arrowIds(create('actor', t.actor, aggregateX + 20, y + 30), command);
      t.events.forEach((text, e) => {
        const event = create('event', text, aggregateX + 340 + e * 180, y);
        if (t.backwards) arrowIds(event, command);
        else arrowIds(command, event);
      });
    });
    bottom = top + contextHeight;
  };
  const extra = (kind: NoteKind, text: string, props?: Props): string => create(kind, text, 60 + extras++ * 200, extrasY, {}, props);
  const hotspotInAggregate = (text: string, status: 'open' | 'deferred', owner: string): void => {
    create('hotspot', text, aggregateX + 760, aggregateY + 30, {}, { status, owner });
  };

  context('Customer Identity', 'Customer', [
    triplet('Customer', 'Sign Up', 'Account Created'),
    triplet('Customer', 'Add Payment Method', 'Payment Method Added'),
  ]);
  context('Subscriptions', 'Subscription', [
    triplet('Customer', 'Select Plan', 'Plan Selected'),
    triplet('Billing Service', 'Activate Subscription', 'Subscription Activated'),
    triplet('Customer', 'Upgrade Plan', 'Plan Upgraded'),
    triplet('Customer', 'Pause / Resume Subscription', 'Subscription Paused', 'Subscription Resumed'),
    triplet('Billing Job', 'Suspend Subscription', 'Subscription Suspended'),
    triplet('Customer', 'Cancel Subscription', 'Subscription Cancelled'),
  ]);
  hotspotInAggregate('Should a paused subscription resume after a manual payment?', 'deferred', 'Product');
  const pauseAfterRetries = 'Pause after retries: when the last retry failed too, suspend the subscription';
  extra('policy', pauseAfterRetries);
  context('Billing', 'Billing', [
    triplet('Billing Job', 'Raise Invoice', 'Invoice Raised'),
    triplet('Billing Job', 'Capture Payment', 'Payment Captured'),
    triplet('Scheduler', 'Bill Period'),
    triplet('Billing Job', 'Retry Payment', 'Payment Failed', 'Payment Retry Failed'),
    { actor: null, command: 'Issue Refund', events: ['Refund Issued'], backwards: true },
  ]);
  hotspotInAggregate('What if the payment gateway cannot be reached?', 'open', 'Billing team');
  const chargeOnCycle = 'Charge on cycle: when an invoice is raised, take the money';
  const retryFailedPayment = 'Retry failed payment: when fewer than two retries were made, try again a day later';
  extra('policy', chargeOnCycle);
  extra('policy', retryFailedPayment, { mode: 'long-running' });
  extra('readModel', 'Failed Payments Dashboard');
  create('hotspot', 'How long must failed payment records be kept?', CONTEXT_WIDTH + 100, aggregateY + 30 + 3 * ROW, {}, { status: 'open' });
  context('Access', 'Access', [triplet('Access Service', 'Grant Access', 'Access Granted'), triplet(null, 'Record Usage', 'Usage Recorded')]);
  extra('externalSystem', 'Client App', { ownership: 'internal', acl: false });
  context('Fulfillment', 'Shipment', [triplet(null, 'Request Shipment', 'Shipment Requested')]);
  const fulfilOnPayment = 'Fulfil on payment: when the money is in, ship the box';
  extra('policy', fulfilOnPayment);
  extra('readModel', 'Shipment Queue');
  context('Support', 'Support', [triplet('Customer', 'Raise / Resolve Ticket', 'Ticket Raised', 'Ticket Resolved')]);
  const refundAgent = extra('actor', 'Support Agent');
  const mySubscription = create('readModel', 'My Subscription', 60, bottom + 100);

  arrow('Bill Period', 'Invoice Raised');
  arrow('Bill Period', 'Payment Captured');
  arrowIds(refundAgent, ids.get('Issue Refund')!);
  arrow('Client App', 'Record Usage');
  arrow('Invoice Raised', chargeOnCycle);
  arrow(chargeOnCycle, 'Capture Payment');
  arrow('Payment Failed', retryFailedPayment);
  arrow(retryFailedPayment, 'Retry Payment');
  arrow('Payment Retry Failed', pauseAfterRetries);
  arrow(pauseAfterRetries, 'Suspend Subscription');
  arrow('Payment Captured', fulfilOnPayment);
  arrow(fulfilOnPayment, 'Request Shipment');
  for (const event of ['Subscription Activated', 'Subscription Paused', 'Subscription Resumed', 'Subscription Cancelled']) {
    arrowIds(ids.get(event)!, mySubscription);
  }
  for (const event of ['Payment Failed', 'Payment Retry Failed', 'Subscription Suspended']) arrow(event, 'Failed Payments Dashboard');
  arrow('Shipment Requested', 'Shipment Queue');
  return ops;
}
