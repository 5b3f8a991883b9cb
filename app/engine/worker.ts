// The engine's Web Worker: the host (./workerHost.ts) wired to the worker's messages and clock.
import type { Command, WorkerMessage } from '../../src/protocol/messages';
import { createWorkerHost } from './workerHost';

const scope = self as unknown as {
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Command>) => void) | null;
};

const handle = createWorkerHost((message, transfer = []) => scope.postMessage(message, transfer), {
  now: () => performance.now(),
  after: (ms, run) => {
    setTimeout(run, ms);
  },
});

scope.onmessage = (event) => handle(event.data);
