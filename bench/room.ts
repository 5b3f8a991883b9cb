// `npm run bench:room`: one teacher sends commands to 30 students (Node Yjs clients, as browsers
// would connect) through one relay, started as its own process by `npm run room-server`'s code.
// Every command is signed by the teacher and opened (signature, number) and checked by every
// student, as the app does. Prints the delivery latency (teacher's signing to each student's
// opening and check of the command) as median and p95, the time to sign and to open one, and the relay's resident memory before the room, with the room, and per
// student. Options: --students N (30), --commands N (300), --interval MS between commands (20).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { restore } from '../src/model/restore';
import type { RoomCommand } from '../src/room/commands';
import { EMPTY_ROOM, type RoomState } from '../src/room/replay';
import { receiveEntry, type RoomTrust } from '../src/room/signedLog';
import { createRoomKeys, signEntry } from '../src/room/signing';
import { percentile } from './browserSession';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const STUDENTS = option('--students', 30);
const COMMANDS = option('--commands', 300);
const INTERVAL_MS = option('--interval', 20);
const PORT = option('--port', 4499);
const RELAY = `ws://127.0.0.1:${PORT}`;
const CODE = `B${Date.now().toString(36).toUpperCase()}`;
const ROOM = `eventscape-room-${CODE}`;

// Every provider listens for the process's exit.
process.setMaxListeners(STUDENTS + 10);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process in MB (Linux /proc), or NaN elsewhere. */
function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
    return line ? Number(/(\d+)/.exec(line)?.[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

function connect(): { doc: Y.Doc; provider: WebsocketProvider; synced: Promise<void> } {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(RELAY, ROOM, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket });
  const synced = new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  return { doc, provider, synced };
}

async function main() {
  const relay = spawn(process.execPath, ['--import', 'tsx', 'server/room-server.ts', '--port', String(PORT)], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => relay.stdout?.on('data', (chunk: Buffer) => chunk.toString().includes('relay at') && resolve()));
  const pid = relay.pid ?? 0;
  const idle = rssMb(pid);

  const checkout = restore(JSON.parse(readFileSync('public/examples/checkout.json', 'utf8')));
  if (!checkout.ok) throw new Error(checkout.errors.join('\n'));
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  let refused = 0;

  const keys = await createRoomKeys();
  const trust: RoomTrust = { room: CODE, key: keys.publicKey };
  const opening: number[] = [];
  const signing: number[] = [];
  const teacher = connect();
  await teacher.synced;
  const log = teacher.doc.getArray<string>('commands');
  const students = [];
  for (let i = 0; i < STUDENTS; i++) {
    const student = connect();
    let state: RoomState = EMPTY_ROOM;
    let reading = Promise.resolve();
    // As the app reads the log: one entry after the other, each opened before the next.
    const read = async (texts: string[]) => {
      for (let index = state.read; index < texts.length; index++) {
        const started = performance.now();
        const received = await receiveEntry(state, texts[index], trust);
        opening.push(performance.now() - started);
        state = received.state;
        if (received.refusal) refused++;
        const sent = sentAt.get(index);
        if (sent !== undefined) latencies.push(performance.now() - sent);
      }
    };
    student.doc.getArray<string>('commands').observe((event) => {
      const texts = event.target.toArray();
      reading = reading.then(() => read(texts));
    });
    students.push(student);
  }
  await Promise.all(students.map((s) => s.synced));
  const joined = rssMb(pid);

  let seq = 0;
  const send = async (command: RoomCommand) => {
    const started = performance.now();
    const entry = await signEntry(keys.privateKey, CODE, ++seq, JSON.stringify(command));
    signing.push(performance.now() - started);
    sentAt.set(log.length, started);
    log.push([entry]);
  };
  await send({ kind: 'load', document: checkout.document, seed: 42 });
  for (let i = 1; i < COMMANDS; i++) {
    await sleep(INTERVAL_MS);
    const at = i * 100;
    if (i % 3 === 0) await send({ kind: 'fault', at, node: 'email', action: { type: 'slow', factor: 2 }, duration: 50 });
    else if (i % 2 === 0) await send({ kind: 'pause', at, rateFrom: Math.max(0, at - 1000) });
    else await send({ kind: 'play', at, speed: 10, until: null });
  }
  const expected = COMMANDS * STUDENTS;
  for (let wait = 0; latencies.length < expected && wait < 100; wait++) await sleep(100);
  const loaded = rssMb(pid);

  const sorted = [...latencies].sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(1);
  console.log(`Room bench: 1 teacher, ${STUDENTS} students, ${COMMANDS} commands every ${INTERVAL_MS} ms, one relay (${RELAY})`);
  console.log(`delivered ${latencies.length} of ${expected} (command × student), refused ${refused}`);
  console.log(`delivery latency: median ${fmt(percentile(sorted, 50))} ms, p95 ${fmt(percentile(sorted, 95))} ms, max ${fmt(sorted[sorted.length - 1] ?? NaN)} ms`);
  const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 50);
  console.log(`signing a command: median ${fmt(median(signing))} ms; opening one (signature, number, checks): median ${fmt(median(opening))} ms`);
  console.log(`relay memory (RSS): idle ${fmt(idle)} MB, ${STUDENTS + 1} joined ${fmt(joined)} MB, after the commands ${fmt(loaded)} MB (${fmt(((joined - idle) * 1024) / (STUDENTS + 1))} kB per connection)`);
  console.log(`room log: ${Y.encodeStateAsUpdate(teacher.doc).length.toLocaleString('en-US')} bytes as one Yjs update`);

  for (const client of [teacher, ...students]) {
    client.provider.destroy();
    client.doc.destroy();
  }
  relay.kill('SIGTERM');
}

void main();
