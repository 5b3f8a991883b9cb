import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import type { RoomCommand } from './commands';
import { replay } from './replay';
import { replaySigned, rescanSigned, type RoomTrust } from './signedLog';
import { createRoomKeys, exportRoomKeys, importRoomKeys, openEntry, readPublicKey, signEntry, type RoomKeys } from './signing';

function doc(): TopologyDocument {
  const restored = restore({
    format: 'eventscape/1',
    name: 'Checkout',
    nodes: [
      { id: 'checkout', kind: 'producer', config: { rate: 200 } },
      { id: 'orders', kind: 'topic', config: { partitions: 2 } },
      { id: 'email', kind: 'service', config: {} },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
    ],
  });
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

const commands: RoomCommand[] = [
  { kind: 'load', document: doc(), seed: 3 },
  { kind: 'play', at: 0, speed: 10, until: null },
  { kind: 'fault', at: 10_000, node: 'email', action: { type: 'slow', factor: 20 }, duration: null },
  { kind: 'pause', at: 14_000, rateFrom: 13_000 },
];

async function signAll(keys: RoomKeys, room: string, list: RoomCommand[], first = 1): Promise<string[]> {
  return Promise.all(list.map((command, i) => signEntry(keys.privateKey, room, first + i, JSON.stringify(command))));
}

async function setup() {
  const keys = await createRoomKeys();
  const key = await readPublicKey(keys.publicText);
  if (!key) throw new Error('the public key did not read back');
  const trust: RoomTrust = { room: 'K7M2QX', key };
  return { keys, trust, entries: await signAll(keys, 'K7M2QX', commands) };
}

describe('signing', () => {
  it('opens what the key signed, with its number and exact text; a changed byte, room or number fails', async () => {
    const { keys, trust, entries } = await setup();
    expect(await openEntry(trust.key, 'K7M2QX', entries[1])).toEqual({ ok: true, seq: 2, text: JSON.stringify(commands[1]) });
    const tampered = entries[1].replace('"speed":10', '"speed":99');
    expect(await openEntry(trust.key, 'K7M2QX', tampered)).toMatchObject({ ok: false, error: expect.stringContaining('not the teacher’s') });
    expect((await openEntry(trust.key, 'OTHER1', entries[1])).ok).toBe(false);
    expect((await openEntry(trust.key, 'K7M2QX', `3${entries[1].slice(1)}`)).ok).toBe(false);
    expect(await openEntry(trust.key, 'K7M2QX', JSON.stringify(commands[1]))).toMatchObject({ ok: false, error: expect.stringContaining('not signed') });
    expect((await openEntry(trust.key, 'K7M2QX', 42)).ok).toBe(false);
    // Another key's signature, well formed, is refused too.
    const other = await createRoomKeys();
    expect((await openEntry(trust.key, 'K7M2QX', await signEntry(other.privateKey, 'K7M2QX', 2, JSON.stringify(commands[1])))).ok).toBe(false);
    expect(keys.publicText).toMatch(/^[A-Za-z0-9_-]{87}$/);
  });

  it('keeps the key pair across an export and import (a teacher’s reload)', async () => {
    const { keys, trust } = await setup();
    const back = await importRoomKeys(JSON.parse(JSON.stringify(await exportRoomKeys(keys))) as JsonWebKey);
    expect(back?.publicText).toBe(keys.publicText);
    const entry = await signEntry(back!.privateKey, 'K7M2QX', 1, '{}');
    expect((await openEntry(trust.key, 'K7M2QX', entry)).ok).toBe(true);
    expect(await importRoomKeys({ kty: 'EC' })).toBeNull();
    expect(await readPublicKey('not a key')).toBeNull();
  });
});

describe('replaySigned', () => {
  it('folds signed commands exactly as the unsigned replay does, and counts their numbers', async () => {
    const { trust, entries } = await setup();
    const { state, refusals } = await replaySigned(entries, trust);
    expect(refusals).toEqual([]);
    expect(state).toEqual({ ...replay(commands.map((c) => JSON.stringify(c))).state, seq: 4 });
  });

  it('refuses unsigned, forged, replayed and re-ordered entries and leaves the state exactly as it was', async () => {
    const { keys, trust, entries } = await setup();
    const clean = (await replaySigned(entries.slice(0, 3), trust)).state;
    const forger = await createRoomKeys();
    const forged = [
      ...entries.slice(0, 3),
      JSON.stringify({ kind: 'pause', at: 20_000 }),
      await signEntry(forger.privateKey, 'K7M2QX', 4, JSON.stringify({ kind: 'pause', at: 20_000, rateFrom: null })),
      entries[1],
      await signEntry(keys.privateKey, 'K7M2QX', 5, JSON.stringify(commands[3])),
    ];
    const { state, refusals } = await replaySigned(forged, trust);
    expect(refusals.map((r) => [r.index, r.signed])).toEqual([[3, false], [4, false], [5, false], [6, false]]);
    expect(refusals[0].error).toContain('not signed by the teacher');
    expect(refusals[1].error).toContain('not the teacher’s');
    expect(refusals[2].error).toBe('command #2 was already taken (a copy played again)');
    expect(refusals[3].error).toBe('command #5 came before #4 (out of order, or #4 is missing)');
    expect({ ...state, read: 3 }).toEqual(clean);
    // The missing command arrives: it and what follows are taken.
    const healed = await replaySigned([...forged, entries[3]], trust, state);
    expect(healed.state.seq).toBe(4);
    expect(healed.state.clock.at).toBe(14_000);
  });

  it('a signed command that fails its checks uses up its number and changes nothing else', async () => {
    const { keys, trust, entries } = await setup();
    const bad = await signEntry(keys.privateKey, 'K7M2QX', 5, JSON.stringify({ kind: 'fault', at: 20_000, node: 'ghost', action: { type: 'crash' } }));
    const next = await signEntry(keys.privateKey, 'K7M2QX', 6, JSON.stringify({ kind: 'speed', at: 20_000, speed: 2 }));
    const { state, refusals } = await replaySigned([...entries, bad, next], trust);
    expect(refusals).toEqual([{ index: 4, signed: true, error: expect.stringContaining('command #5: fault.node: there is no node "ghost"') }]);
    expect(state.seq).toBe(6);
    expect(state.clock.speed).toBe(2);
  });

  it('a room with another code refuses every entry signed for this one', async () => {
    const { trust, entries } = await setup();
    const { state, refusals } = await replaySigned(entries, { ...trust, room: 'ZZZZZZ' });
    expect(refusals).toHaveLength(4);
    expect(state.run).toBeNull();
  });
});

describe('rescanSigned', () => {
  it('passes over what was taken once, refuses a second copy, takes what is new, keeps the state', async () => {
    const { trust, entries } = await setup();
    const before = (await replaySigned(entries.slice(0, 3), trust)).state;
    const forged = JSON.stringify({ kind: 'pause', at: 1 });
    // A copy of #1 put in the middle, a forged entry, and the teacher's next command.
    const log = [entries[0], entries[1], entries[0], forged, entries[2], entries[3]];
    const { state, refusals } = await rescanSigned(log, trust, before);
    expect(refusals.map((r) => [r.index, r.error.slice(0, 25)])).toEqual([
      [2, 'command #1 was already ta'],
      [3, 'an entry not signed by th'],
    ]);
    expect(state.document).toBe(before.document);
    expect(state.seq).toBe(4);
    expect(state.read).toBe(6);
    expect(state.clock.at).toBe(14_000);
    const again = await rescanSigned(log, trust, state);
    expect(again.state.seq).toBe(4);
  });
});
