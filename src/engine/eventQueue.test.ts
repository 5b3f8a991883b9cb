import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventQueue } from './eventQueue';

function drain(q: EventQueue): { time: number; arg: number }[] {
  const out: { time: number; arg: number }[] = [];
  while (q.pop()) out.push({ time: q.time, arg: q.arg });
  return out;
}

describe('EventQueue', () => {
  it('pops in time order and keeps scheduling order for equal times', () => {
    const q = new EventQueue();
    q.push(5, 1, 0, 0, 0);
    q.push(1, 1, 0, 1, 0);
    q.push(5, 2, 3, 2, 9);
    q.push(3, 1, 0, 3, 0);
    q.push(5, 1, 0, 4, 0);
    expect(drain(q).map((e) => e.arg)).toEqual([1, 3, 0, 2, 4]);
  });

  it('carries kind, target, arg and gen', () => {
    const q = new EventQueue();
    q.push(2, 7, 11, 13, 17);
    expect(q.pop()).toBe(true);
    expect([q.time, q.kind, q.target, q.arg, q.gen]).toEqual([2, 7, 11, 13, 17]);
    expect(q.pop()).toBe(false);
  });

  it('agrees with a stable sort for any interleaving of pushes and pops (grows past its capacity)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(-1)), { maxLength: 3000 }), (ops) => {
        const q = new EventQueue();
        const model: { time: number; arg: number }[] = [];
        let id = 0;
        for (const op of ops) {
          if (op >= 0) {
            q.push(op, 0, 0, id, 0);
            model.push({ time: op, arg: id++ });
          } else if (model.length > 0) {
            model.sort((a, b) => a.time - b.time || a.arg - b.arg);
            const expected = model.shift();
            expect(q.pop()).toBe(true);
            expect({ time: q.time, arg: q.arg }).toEqual(expected);
          }
        }
        model.sort((a, b) => a.time - b.time || a.arg - b.arg);
        expect(drain(q)).toEqual(model);
      }),
      { numRuns: 60 },
    );
  });
});
