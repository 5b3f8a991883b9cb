import { describe, expect, it } from 'vitest';
import { AHEAD_TOLERANCE_MS, ALIGN_TOLERANCE_MS, alignTo, beaconText, readBeacon } from './timeBeacon';
import { createRoomKeys, openBeacon, openEntry, signBeacon, signEntry } from './signing';

describe('time beacons', () => {
  it('read back the time; anything else is not a beacon', () => {
    expect(readBeacon(beaconText(12_345.5))).toBe(12_345.5);
    for (const text of ['{}', '{"at":-1}', '{"at":"5"}', 'x', '{"at":1e99}']) expect(readBeacon(text)).toBeNull();
  });

  it('a follower within the tolerance stays; behind, it runs forward to the teacher; clearly ahead, it waits', () => {
    expect(alignTo(10_000, 10_000 - ALIGN_TOLERANCE_MS * 10, 10)).toEqual({ kind: 'none' });
    expect(alignTo(10_000, 10_000 + AHEAD_TOLERANCE_MS * 10, 10)).toEqual({ kind: 'none' });
    expect(alignTo(10_000, 9_000, 10)).toEqual({ kind: 'jump', at: 10_000 });
    expect(alignTo(10_000, 10_500, 10)).toEqual({ kind: 'wait', ms: 50 });
  });

  it('a beacon and a command are signed apart: neither opens as the other', async () => {
    const keys = await createRoomKeys();
    const beacon = await signBeacon(keys.privateKey, 'K7M2QX', 4, beaconText(9000));
    expect(await openBeacon(keys.publicKey, 'K7M2QX', beacon)).toEqual({ ok: true, seq: 4, text: beaconText(9000) });
    expect((await openEntry(keys.publicKey, 'K7M2QX', beacon)).ok).toBe(false);
    const entry = await signEntry(keys.privateKey, 'K7M2QX', 4, beaconText(9000));
    expect((await openBeacon(keys.publicKey, 'K7M2QX', entry)).ok).toBe(false);
  });
});
