// The gate of a signed room: every log entry must carry the teacher's signature (see signing.ts)
// and the next sequence number, and only then is its command read and checked like a file
// (readCommand). A forged entry, one copied to play it again, or one out of its place is refused
// and changes nothing; so is everything after a missing one, until it comes. Opening a signature
// is asynchronous (WebCrypto), so this fold is too.
import { EMPTY_ROOM, receiveCommand, type RoomRefusal, type RoomState } from './replay';
import { ROOM_LIMITS } from './limits';
import { openEntry, type Opened } from './signing';

/** What a student trusts: the room's code and the teacher's public key, both from the link. */
export interface RoomTrust {
  room: string;
  key: CryptoKey;
}

/** A refusal, and whether the entry is the teacher's (signed, in its place) with a command that failed its checks. */
export interface SignedRefusal extends RoomRefusal {
  signed: boolean;
}

/** Take an opened entry as the one at `state.read`: check its number, then read its command. */
function take(state: RoomState, opened: Opened): { state: RoomState; refusal: SignedRefusal | null } {
  const index = state.read;
  const skipped = { ...state, read: index + 1 };
  if (index >= ROOM_LIMITS.commands) return { state: skipped, refusal: { index, signed: false, error: `the room holds at most ${ROOM_LIMITS.commands} commands; start a new room` } };
  if (!opened.ok) return { state: skipped, refusal: { index, signed: false, error: opened.error } };
  const expected = state.seq + 1;
  if (opened.seq !== expected) {
    const why = opened.seq < expected ? 'was already taken (a copy played again)' : `came before #${expected} (out of order, or #${expected} is missing)`;
    return { state: skipped, refusal: { index, signed: false, error: `command #${opened.seq} ${why}` } };
  }
  // A signed command in its place uses up its number even when its content is refused.
  const received = receiveCommand({ ...state, seq: opened.seq }, opened.text);
  return { state: received.state, refusal: received.refusal && { ...received.refusal, error: `command #${opened.seq}: ${received.refusal.error}`, signed: true } };
}

/** Read the entry at `state.read`: open it, check its number, then read its command. */
export async function receiveEntry(state: RoomState, entry: unknown, trust: RoomTrust): Promise<{ state: RoomState; refusal: SignedRefusal | null }> {
  return take(state, await openEntry(trust.key, trust.room, entry));
}

/** The state a signed room's log leads to, from `from` (the start by default), with what it refused. */
export async function replaySigned(entries: readonly unknown[], trust: RoomTrust, from: RoomState = EMPTY_ROOM): Promise<{ state: RoomState; refusals: SignedRefusal[] }> {
  let state = from;
  const refusals: SignedRefusal[] = [];
  for (let i = state.read; i < entries.length; i++) {
    const received = await receiveEntry(state, entries[i], trust);
    state = received.state;
    if (received.refusal) refusals.push(received.refusal);
  }
  return { state, refusals };
}

/**
 * Read the whole log again after entries were taken out or put in the middle (the log's places
 * moved): the commands `state` already took are passed over once each (a second copy is refused),
 * and new ones are taken after them. The state of the commands taken so far is kept as it is.
 */
export async function rescanSigned(entries: readonly unknown[], trust: RoomTrust, state: RoomState): Promise<{ state: RoomState; refusals: SignedRefusal[] }> {
  let next: RoomState = state;
  const taken = new Set<number>();
  const refusals: SignedRefusal[] = [];
  for (let i = 0; i < entries.length; i++) {
    const opened = await openEntry(trust.key, trust.room, entries[i]);
    if (opened.ok && opened.seq <= state.seq && !taken.has(opened.seq)) {
      taken.add(opened.seq);
      continue;
    }
    const received = take({ ...next, read: i }, opened);
    next = received.state;
    if (received.refusal) refusals.push(received.refusal);
  }
  return { state: { ...next, read: entries.length }, refusals };
}
