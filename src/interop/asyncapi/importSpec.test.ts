// AsyncAPI fixtures written for these tests (2.6 and 3.0, YAML and JSON, with and without Kafka
// bindings, one with errors) imported through the official parser, our mapping and `restore`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restoreText } from '../../model/restore';
import type { TopologyDocument } from '../../model/types';
import { importAsyncApi, type AsyncApiImport } from './asyncApi';
import { looksLikeAsyncApi } from './parseSpec';
import { testParser } from './testingParser';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

async function imported(name: string): Promise<Extract<AsyncApiImport, { ok: true }>> {
  const result = await importAsyncApi(fixture(name), testParser());
  if (!result.ok) throw new Error(`${result.title}\n${result.errors.join('\n')}`);
  return result;
}

const nodesOf = (doc: TopologyDocument) => doc.nodes.map((node) => `${node.kind} ${node.id} “${node.label}”`);
const edgesOf = (doc: TopologyDocument) => doc.edges.map((edge) => `${edge.kind} ${edge.id}: ${edge.source} → ${edge.target}`);
const config = (doc: TopologyDocument, id: string) => doc.nodes.find((node) => node.id === id)?.config;

const SLOW = 120_000;

describe('importing AsyncAPI', () => {
  it('3.0 YAML with Kafka bindings: tags name the services, partitions and retention come from the bindings', async () => {
    const { document, notes, version, needsLayout } = await imported('shop-3.0.yaml');
    expect(version).toBe('3.0.0');
    expect(needsLayout).toBe(true);
    expect(document.name).toBe('Shop events');
    expect(nodesOf(document)).toEqual([
      'topic orders “shop.orders.v1”',
      'topic payments “shop.payments.v1”',
      'topic shipments “shop.shipments.v1”',
      'producer checkout “Checkout”',
      'service payment “Payment”',
      'service shipping “Shipping”',
      'service email “Email”',
    ]);
    expect(edgesOf(document)).toEqual([
      'publish placeOrder: checkout → orders',
      'subscribe takePayment: orders → payment',
      'publish announcePayment: payment → payments',
      'subscribe shipOrder: payments → shipping',
      'publish announceShipment: shipping → shipments',
      'subscribe emailCustomer: shipments → email',
    ]);
    expect(config(document, 'orders')).toMatchObject({ partitions: 6, retention: null });
    expect(config(document, 'payments')).toMatchObject({ partitions: 3, retention: 604_800_000 });
    expect(config(document, 'shipments')).toMatchObject({ partitions: 1 });
    expect(config(document, 'checkout')).toMatchObject({ eventTypes: ['OrderPlaced'] });
    expect(config(document, 'payment')).toMatchObject({ publishes: 'PaymentCaptured' });
    expect(config(document, 'shipping')).toMatchObject({ publishes: 'ShipmentDispatched' });
    expect(notes).toEqual([
      'servers (production): a topology has one cluster; servers are not used',
      'bindings.kafka.replicas of channels.orders (3): topics have no replicas here; not used',
    ]);
  }, SLOW);

  it('2.6 YAML without bindings: subscribe is what the application sends, publish what it receives; outside senders are added', async () => {
    const { document, notes, version } = await imported('streetlights-2.6.yaml');
    expect(version).toBe('2.6.0');
    expect(nodesOf(document)).toEqual([
      'topic lighting-measured “lighting/measured”',
      'topic turn-on “turn/on”',
      'service streetlights-api “Streetlights API”',
      'producer lighting-measured-sender “lighting/measured sender”',
    ]);
    expect(edgesOf(document)).toEqual([
      'subscribe receiveLightMeasurement: lighting-measured → streetlights-api',
      'publish turnOn: streetlights-api → turn-on',
      'publish lighting-measured-sender-publishes: lighting-measured-sender → lighting-measured',
    ]);
    expect(config(document, 'streetlights-api')).toMatchObject({ publishes: 'TurnOn' });
    expect(config(document, 'lighting-measured-sender')).toMatchObject({ eventTypes: ['LightMeasured'] });
    expect(config(document, 'turn-on')).toMatchObject({ partitions: 1 });
    const measured = 'channels.smartylighting/streetlights/1/0/event/{streetlightId}/lighting/measured';
    expect(notes).toEqual([
      `${measured}.parameters: one topic stands for all of its addresses`,
      'channels.smartylighting/streetlights/1/0/action/{streetlightId}/turn/on.parameters: one topic stands for all of its addresses',
      'servers (mosquitto): a topology has one cluster; servers are not used',
      `${measured}: nobody in the document sends to smartylighting/streetlights/1/0/event/{streetlightId}/lighting/measured; the producer “lighting/measured sender” stands for its senders`,
    ]);
  }, SLOW);

  it('3.0 JSON without bindings: one application; a service publishes its first message type, the others are listed', async () => {
    const { document, notes } = await imported('orders-3.0.json');
    expect(nodesOf(document)).toEqual([
      'topic orderRequests “order-requests”',
      'topic orderEvents “order-events”',
      'service order-service “Order service”',
      'producer orderRequests-sender “order-requests sender”',
    ]);
    expect(edgesOf(document)).toEqual([
      'subscribe receiveRequest: orderRequests → order-service',
      'publish sendOutcome: order-service → orderEvents',
      'publish orderRequests-sender-publishes: orderRequests-sender → orderRequests',
    ]);
    expect(config(document, 'order-service')).toMatchObject({ publishes: 'OrderAccepted' });
    expect(notes).toEqual([
      'Order service sends OrderAccepted, OrderRejected: a service publishes one event type, OrderAccepted',
      'channels.orderRequests: nobody in the document sends to order-requests; the producer “order-requests sender” stands for its senders',
    ]);
  }, SLOW);

  it('2.6 JSON with Kafka bindings: both operations of one channel, owned by their tags', async () => {
    const { document, notes } = await imported('inventory-2.6.json');
    expect(nodesOf(document)).toEqual(['topic stock.reserved “stock.reserved”', 'producer warehouse “Warehouse”', 'service billing “Billing”']);
    expect(edgesOf(document)).toEqual(['publish reserveStock: warehouse → stock.reserved', 'subscribe billReservation: stock.reserved → billing']);
    expect(config(document, 'stock.reserved')).toMatchObject({ partitions: 4 });
    expect(config(document, 'warehouse')).toMatchObject({ eventTypes: ['StockReserved'] });
    expect(notes).toEqual(['bindings.kafka.replicas of channels.stock.reserved (2): topics have no replicas here; not used']);
  }, SLOW);

  it('gives the shipped example: public/examples/shop-events.json is the e2e fixture imported (scripts/asyncapi-example.ts)', async () => {
    const text = readFileSync(new URL('../../../e2e/fixtures/shop-events.asyncapi.yaml', import.meta.url), 'utf8');
    const result = await importAsyncApi(text, testParser());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const example = restoreText(readFileSync(new URL('../../../public/examples/shop-events.json', import.meta.url), 'utf8'));
    if (!example.ok) throw new Error(example.errors.join('\n'));
    expect(nodesOf(example.document)).toEqual(nodesOf(result.document));
    expect(edgesOf(example.document)).toEqual(edgesOf(result.document));
    expect(edgesOf(result.document)).toContain('deadletter deadLetterOrder: payments-service → ordersDeadLetter');
  }, SLOW);

  it('leaves out a send into the channel its owner also receives from, which would feed itself forever', async () => {
    const spec = JSON.stringify({
      asyncapi: '3.0.0',
      info: { title: 'Echo', version: '1.0.0' },
      channels: { chat: { address: 'chat', messages: { Said: { name: 'Said', payload: { type: 'object' } } } } },
      operations: {
        listen: { action: 'receive', channel: { $ref: '#/channels/chat' } },
        say: { action: 'send', channel: { $ref: '#/channels/chat' } },
      },
    });
    const result = await importAsyncApi(spec, testParser());
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(nodesOf(result.document)).toEqual(['topic chat “chat”', 'service echo “Echo”', 'producer chat-sender “chat sender”']);
    expect(edgesOf(result.document)).toEqual(['subscribe listen: chat → echo', 'publish chat-sender-publishes: chat-sender → chat']);
    expect(result.notes).toEqual([
      'operations.say: Echo also receives from chat; its send there is left out (a service publishing into the topic it reads would feed itself forever)',
      'channels.chat: nobody in the document sends to chat; the producer “chat sender” stands for its senders',
    ]);
  }, SLOW);

  it('3.0 YAML with request and reply: the request becomes a call edge, its channels no topics', async () => {
    const { document, notes } = await imported('checkout-reply-3.0.yaml');
    expect(nodesOf(document)).toEqual(['topic orders “shop.orders”', 'service order-workflow “Order workflow”', 'service email “Email”', 'client checkout-api “Checkout API”']);
    expect(edgesOf(document)).toEqual([
      'publish confirmOrder: order-workflow → orders',
      'subscribe emailReceipt: orders → email',
      'call startOrder: checkout-api → order-workflow',
    ]);
    expect(config(document, 'order-workflow')).toMatchObject({ publishes: 'OrderConfirmed' });
    expect(notes).toEqual(['operations.startOrder: a request with a reply, drawn as a call from Checkout API to Order workflow']);
  }, SLOW);

  it('refuses a broken spec with a message naming the place', async () => {
    const result = await importAsyncApi(fixture('broken-3.0.yaml'), testParser());
    expect(result).toEqual({
      ok: false,
      title: 'The AsyncAPI document is not valid',
      errors: ['channels.orders.bindings.kafka.partitions (line 10): "partitions" property type must be integer'],
    });
  }, SLOW);

  it('refuses text that is not AsyncAPI at all, and tells AsyncAPI from Eventscape JSON', async () => {
    const result = await importAsyncApi('asyncapi: [1, 2', testParser());
    expect(result.ok).toBe(false);
    for (const name of ['shop-3.0.yaml', 'streetlights-2.6.yaml', 'orders-3.0.json', 'inventory-2.6.json']) expect(looksLikeAsyncApi(fixture(name))).toBe(true);
    expect(looksLikeAsyncApi('{ "format": "eventscape/1", "nodes": [] }')).toBe(false);
  }, SLOW);
});
