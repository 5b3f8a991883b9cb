import { describe, expect, it } from 'vitest';
import type { Command, WorkerMessage } from '../../src/protocol/messages';
import { createTransport, type MessageRoutes, type WorkerLike } from './transport';

function fakeWorker() {
  const posted: Command[] = [];
  const worker: WorkerLike = { postMessage: (command) => void posted.push(command), onmessage: null, terminate: () => undefined };
  return { worker, posted, reply: (message: WorkerMessage) => worker.onmessage?.({ data: message } as MessageEvent<WorkerMessage>) };
}

function recordingRoutes(seen: string[]): MessageRoutes {
  const note = (message: WorkerMessage) => void seen.push(message.type);
  return { frame: note, metrics: note, trace: note, journey: note, 'fault-applied': note, stopped: note, error: note };
}

describe('transport', () => {
  it('spawns the worker on the first command, greets it first, and shows the taps only what the client sent', () => {
    const fake = fakeWorker();
    let spawned = 0;
    const transport = createTransport(() => (spawned++, fake.worker), recordingRoutes([]), () => ({ type: 'speed', speed: 3 }));
    const tapped: Command[] = [];
    transport.tap({ sent: (command) => void tapped.push(command), received: () => undefined });
    expect(transport.started()).toBe(false);
    transport.send({ type: 'pause' });
    transport.send({ type: 'play' });
    expect(spawned).toBe(1);
    expect(transport.started()).toBe(true);
    expect(fake.posted).toEqual([{ type: 'speed', speed: 3 }, { type: 'pause' }, { type: 'play' }]);
    expect(tapped).toEqual([{ type: 'pause' }, { type: 'play' }]);
  });

  it('routes each message by its type, after the taps saw it; a stopped tap sees no more', () => {
    const fake = fakeWorker();
    const seen: string[] = [];
    const transport = createTransport(() => fake.worker, recordingRoutes(seen), () => ({ type: 'pause' }));
    const received: string[] = [];
    const stop = transport.tap({ sent: () => undefined, received: (message) => void received.push(`tap:${message.type}`) });
    transport.send({ type: 'play' });
    fake.reply({ type: 'stopped', at: 5 });
    fake.reply({ type: 'error', message: 'boom' });
    stop();
    fake.reply({ type: 'stopped', at: 6 });
    expect(seen).toEqual(['stopped', 'error', 'stopped']);
    expect(received).toEqual(['tap:stopped', 'tap:error']);
  });

  it('spawns a new worker after dispose', () => {
    const fakes = [fakeWorker(), fakeWorker()];
    let terminated = 0;
    fakes[0].worker.terminate = () => void terminated++;
    let next = 0;
    const transport = createTransport(() => fakes[next++].worker, recordingRoutes([]), () => ({ type: 'pause' }));
    transport.send({ type: 'play' });
    transport.dispose();
    expect(terminated).toBe(1);
    expect(transport.started()).toBe(false);
    transport.send({ type: 'play' });
    expect(fakes[1].posted.map((c) => c.type)).toEqual(['pause', 'play']);
  });
});
