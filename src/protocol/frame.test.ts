import { describe, expect, it } from 'vitest';
import type { InFlightMessage } from '../engine/api';
import { Field, FramePacker, inSample, PARTICLE_STRIDE } from './frame';

const message = (messageId: number, edgeIndex = 0): InFlightMessage => ({
  edgeIndex,
  sendTime: messageId,
  arriveTime: messageId + 10,
  typeIndex: 1,
  flags: 2,
  messageId,
  key: messageId % 7,
});

describe('FramePacker', () => {
  it('packs every message when they fit', () => {
    const packer = new FramePacker(2, 100);
    packer.begin(3, 2);
    [1, 2, 3].forEach((id) => packer.add(message(id, id % 2)));
    const frame = packer.take();
    expect(frame.count).toBe(3);
    expect(frame.particles[2 * PARTICLE_STRIDE + Field.messageId]).toBe(3);
    expect(frame.particles[2 * PARTICLE_STRIDE + Field.arriveTime]).toBe(13);
    expect(Array.from(frame.edgeCounts)).toEqual([1, 2]);
  });

  it('samples about `capacity` of many and keeps the true counts', () => {
    const packer = new FramePacker(1, 1000);
    packer.begin(20_000, 1);
    for (let id = 0; id < 20_000; id++) packer.add(message(id));
    const frame = packer.take();
    expect(frame.count).toBeGreaterThan(850);
    expect(frame.count).toBeLessThanOrEqual(1000);
    expect(frame.edgeCounts[0]).toBe(20_000);
  });

  it('keeps the same messages in the sample from one frame to the next', () => {
    const chosen = (ids: number[]) => ids.filter((id) => inSample(id, 500, 10_000));
    const ids = Array.from({ length: 10_000 }, (_, i) => i);
    expect(chosen(ids)).toEqual(chosen(ids));
    expect(chosen(ids).length).toBeGreaterThan(400);
  });
});
