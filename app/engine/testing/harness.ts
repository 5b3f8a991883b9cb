// The engine client and a worker host run in-process on a manual clock, for tests of what sits on top.
import type { TopologyDocument } from '../../../src/model/types';
import type { Command, WorkerMessage } from '../../../src/protocol/messages';
import { createEditorStore } from '../../store/store';
import { createEngineClient, type WorkerLike } from '../engineClient';
import { createWorkerHost } from '../../../src/worker/workerHost';

/** A worker run in-process on a manual clock: `advance(ms)` runs the timers due meanwhile; `sent` lists the commands posted. */
export function harness(doc: TopologyDocument) {
  let wall = 0;
  let timers: { at: number; run: () => void }[] = [];
  const store = createEditorStore(doc);
  const sent: Command[] = [];
  let worker: WorkerLike | null = null;
  const spawn = (): WorkerLike => {
    const host = createWorkerHost(
      (message: WorkerMessage) => worker?.onmessage?.({ data: message } as MessageEvent<WorkerMessage>),
      { now: () => wall, after: (ms, run) => void timers.push({ at: wall + ms, run }) },
    );
    worker = {
      onmessage: null,
      postMessage: (command) => {
        sent.push(command);
        host(command);
      },
      terminate: () => undefined,
    };
    return worker;
  };
  const client = createEngineClient(store, spawn, () => wall);
  const advance = (ms: number) => {
    const end = wall + ms;
    for (;;) {
      timers.sort((a, b) => a.at - b.at);
      const next = timers[0];
      if (!next || next.at > end) break;
      timers = timers.slice(1);
      wall = next.at;
      next.run();
    }
    wall = end;
  };
  return { store, client, sent, advance, s: () => store.getState() };
}
