// The room's transport: one Yjs document per room on the relay, through `y-websocket`. It holds
// the command log (an array of JSON texts, appended by the teacher) and, through Yjs awareness,
// who is in the room (teacher or student, following or branched), and the students' answers (a map
// by student id, kept in the document so they survive a reload). Loaded
// lazily with the rest of the room, so Yjs never weighs on the first load of the app.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

/** What each participant tells the room about itself. */
export interface Presence {
  role: 'teacher' | 'student';
  mode: 'following' | 'branched';
  /** The teacher's: a signed time beacon (see src/room/timeBeacon), while it plays. */
  time?: string;
}

export interface YRoom {
  /** Every command text in the log, in order. */
  commands(): unknown[];
  append(text: string): void;
  /** Take out the command at `index` (the teacher drops what the room refused). */
  remove(index: number): void;
  /** Called after every change of the log; `appended` when only new commands came at the end. */
  onCommands(listener: (appended: boolean) => void): void;
  setPresence(presence: Presence): void;
  /** Everyone else's presence. */
  others(): Presence[];
  onPresence(listener: () => void): void;
  onStatus(listener: (status: ConnectionStatus, synced: boolean) => void): void;
  close(): void;
  /** Every student's latest answer text, as stored in the room (see src/room/answers). */
  answers(): unknown[];
  /** This student's stored answer text, or undefined. */
  answerOf(student: string): unknown;
  setAnswer(student: string, text: string): void;
  onAnswers(listener: () => void): void;
}

function isPresence(value: unknown): value is Presence {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  return (p.role === 'teacher' || p.role === 'student') && (p.mode === 'following' || p.mode === 'branched');
}

/** Connect to room `code` on the relay at `relay` (ws:// or wss://). */
export function connectRoom(relay: string, code: string): YRoom {
  const doc = new Y.Doc();
  const log = doc.getArray<unknown>('commands');
  const answers = doc.getMap<unknown>('answers');
  const provider = new WebsocketProvider(relay, `eventscape-room-${code}`, doc, { maxBackoffTime: 2000 });
  const awareness = provider.awareness;
  return {
    commands: () => log.toArray(),
    append: (text) => log.push([text]),
    remove: (index) => {
      if (index < log.length) log.delete(index, 1);
    },
    onCommands(listener) {
      log.observe((event) => {
        const delta = event.changes.delta;
        const appended = delta.every((part, i) => (i === 0 && part.retain !== undefined) || part.insert !== undefined) && !delta.some((part) => part.delete);
        listener(appended && (delta.length <= 2));
      });
    },
    setPresence: (presence) => awareness.setLocalStateField('presence', presence),
    others() {
      const found: Presence[] = [];
      awareness.getStates().forEach((state, client) => {
        if (client === doc.clientID) return;
        const presence: unknown = state.presence;
        if (isPresence(presence)) found.push(presence);
      });
      return found;
    },
    onPresence: (listener) => awareness.on('change', listener),
    onStatus(listener) {
      provider.on('status', ({ status }) => listener(status, provider.synced));
      provider.on('sync', (synced: boolean) => listener(provider.wsconnected ? 'connected' : 'connecting', synced));
    },
    answers: () => [...answers.values()],
    answerOf: (student) => answers.get(student),
    setAnswer: (student, text) => answers.set(student, text),
    onAnswers: (listener) => answers.observe(() => listener()),
    close() {
      awareness.setLocalState(null);
      provider.destroy();
      doc.destroy();
    },
  };
}
