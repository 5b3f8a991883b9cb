// The engine's Web Worker: the host (src/worker/workerHost.ts) wired to the worker's messages and clock.
import type { Command, WorkerMessage } from '../../src/protocol/messages';
import { createWorkerHost } from '../../src/worker/workerHost';

const scope = self as unknown as {
  postMessage(message: WorkerMessage, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Command>) => void) | null;
};

// A zero timeout is clamped to 4 ms once timers nest; a message to a port of our own runs as the
// next task, after the commands already waiting, without the clamp.
const channel = new MessageChannel();
const queued: (() => void)[] = [];
channel.port1.onmessage = () => queued.shift()?.();
function yieldThen(run: () => void): void {
  queued.push(run);
  channel.port2.postMessage(null);
}

const handle = createWorkerHost((message, transfer = []) => scope.postMessage(message, transfer), {
  now: () => performance.now(),
  after: (ms, run) => {
    if (ms > 0) setTimeout(run, ms);
    else yieldThen(run);
  },
});

scope.onmessage = (event) => handle(event.data);
