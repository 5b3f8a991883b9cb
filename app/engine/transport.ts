// The line to the worker: spawned on the first command that needs it, every command and message
// shown to the taps (a workshop room records the teacher's run), each message handed to its route.
import type { Command, WorkerMessage } from '../../src/protocol/messages';

/** The part of a Worker the client uses (a fake one in tests). */
export interface WorkerLike {
  postMessage(command: Command): void;
  onmessage: ((event: MessageEvent<WorkerMessage>) => void) | null;
  terminate(): void;
}

/** Sees every command sent to the worker and every message back (a workshop room records the teacher's run). */
export interface EngineTap {
  sent(command: Command): void;
  received(message: WorkerMessage): void;
}

/** What to do with each kind of message the worker sends. */
export type MessageRoutes = { [K in WorkerMessage['type']]: (message: Extract<WorkerMessage, { type: K }>) => void };

export interface Transport {
  send(command: Command): void;
  /** Whether the worker is there yet (settings can wait for it: `greeting` carries them). */
  started(): boolean;
  /** Watch the worker's traffic; returns how to stop. */
  tap(listener: EngineTap): () => void;
  /** Stop the worker; the next command spawns a new one. */
  dispose(): void;
}

function route(routes: MessageRoutes, message: WorkerMessage): void {
  // Each route takes its own kind of message; the table is keyed by that kind.
  (routes[message.type] as (message: WorkerMessage) => void)(message);
}

/** A transport that spawns its worker with `spawn` and tells it `greeting()` first (unseen by taps). */
export function createTransport(spawn: () => WorkerLike, routes: MessageRoutes, greeting: () => Command): Transport {
  let worker: WorkerLike | null = null;
  const taps = new Set<EngineTap>();

  const receive = (message: WorkerMessage) => {
    for (const listener of taps) listener.received(message);
    route(routes, message);
  };

  return {
    send(command) {
      if (!worker) {
        worker = spawn();
        worker.onmessage = (event) => receive(event.data);
        worker.postMessage(greeting());
      }
      for (const listener of taps) listener.sent(command);
      worker.postMessage(command);
    },
    started: () => worker !== null,
    tap(listener) {
      taps.add(listener);
      return () => void taps.delete(listener);
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
