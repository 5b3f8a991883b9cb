// Export to AsyncAPI 3.0: the official parser validates it with no errors, and importing it gives
// the same document back (ids, kinds, edges, and with them every setting), for random documents.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDocument } from '../../model/arbitraryDocument';
import { restore } from '../../model/restore';
import type { TopologyDocument } from '../../model/types';
import { call, client, documentOf, orchestrator, producer, publish, service, subscribe, topic, deadletter } from '../../engine/testing/buildDocument';
import { exportAsyncApi, importAsyncApi } from './asyncApi';
import { exportSpec } from './exportSpec';
import { testParser } from './testingParser';

const SLOW = 300_000;

async function roundTrip(doc: TopologyDocument, format: 'yaml' | 'json'): Promise<TopologyDocument> {
  // The import refuses a text with any error-level finding of the parser, so an import that
  // succeeds is one the parser validated with no errors.
  const back = await importAsyncApi(exportAsyncApi(doc, format), testParser());
  if (!back.ok) throw new Error(`${back.title}\n${back.errors.join('\n')}`);
  expect(back.notes).toEqual([]);
  expect(back.needsLayout).toBe(false);
  return back.document;
}

function shop(): TopologyDocument {
  const restored = restore(
    documentOf(
      [
        producer('checkout', { eventTypes: ['OrderPlaced', 'Order Paid'] }),
        topic('orders', { partitions: 6, retention: 3_600_000 }),
        service('payment', { publishes: 'PaymentCaptured' }),
        topic('payments'),
        topic('dead-letters'),
        orchestrator('fulfilment'),
        service('stock'),
        client('web'),
      ],
      [
        publish('checkout', 'orders'),
        subscribe('orders', 'payment'),
        publish('payment', 'payments'),
        deadletter('payment', 'dead-letters'),
        subscribe('payments', 'fulfilment'),
        call('fulfilment', 'stock', { timeout: 200 }),
        call('web', 'fulfilment'),
      ],
    ),
  );
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

describe('exporting AsyncAPI 3.0', () => {
  it('writes topics as channels with Kafka bindings, edges as operations of their nodes', () => {
    const doc = shop();
    const spec = exportSpec(doc);
    expect(spec.asyncapi).toBe('3.0.0');
    expect(Object.keys(spec.channels as object)).toEqual(['orders', 'payments', 'dead-letters']);
    expect((spec.channels as Record<string, unknown>).orders).toEqual({
      address: 'orders',
      title: 'orders',
      messages: {
        OrderPlaced: { name: 'OrderPlaced', title: 'OrderPlaced', payload: { type: 'object' } },
        Order_Paid: { name: 'Order Paid', title: 'Order Paid', payload: { type: 'object' } },
      },
      bindings: { kafka: { partitions: 6, bindingVersion: '0.5.0', topicConfiguration: { 'retention.ms': 3_600_000 } } },
    });
    const operations = spec.operations as Record<string, Record<string, unknown>>;
    const ids = doc.edges.map((edge) => edge.id);
    expect(Object.entries(operations).map(([id, op]) => `${id} ${op.action} ${op['x-eventscape-node']} ${(op.channel as { $ref: string }).$ref}`)).toEqual([
      `${ids[0]} send checkout #/channels/orders`,
      `${ids[1]} receive payment #/channels/orders`,
      `${ids[2]} send payment #/channels/payments`,
      `${ids[3]} send payment #/channels/dead-letters`,
      `${ids[4]} receive fulfilment #/channels/payments`,
    ]);
    // The dead-letter topic carries what its service reads; calls are no operations.
    expect(operations[ids[3]].messages).toEqual([
      { $ref: '#/channels/dead-letters/messages/OrderPlaced' },
      { $ref: '#/channels/dead-letters/messages/Order_Paid' },
    ]);
    expect((spec['x-eventscape'] as { calls: { id: string }[] }).calls.map((edge) => edge.id)).toEqual([ids[5], ids[6]]);
  });

  it('validates with no errors and imports back to the same document, YAML and JSON', async () => {
    const doc = shop();
    expect(await roundTrip(doc, 'yaml')).toEqual(doc);
    expect(await roundTrip(doc, 'json')).toEqual(doc);
  }, SLOW);

  it('round-trips random valid documents (property)', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDocument(8), async (doc) => {
        expect(await roundTrip(doc, 'yaml')).toEqual(doc);
      }),
      { numRuns: 10, seed: 13 },
    );
  }, SLOW);
});
