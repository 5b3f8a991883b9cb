import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import { readCommand, type CommandContext } from './readCommand';

function checkout(): TopologyDocument {
  const restored = restore({
    format: 'eventscape/1',
    name: 'Checkout',
    seed: 7,
    nodes: [
      { id: 'checkout', kind: 'producer' },
      { id: 'orders', kind: 'topic' },
      { id: 'email', kind: 'service' },
    ],
    edges: [
      { id: 'e1', kind: 'publish', source: 'checkout', target: 'orders' },
      { id: 'e2', kind: 'subscribe', source: 'orders', target: 'email' },
    ],
  });
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}

const context: CommandContext = { document: checkout(), at: 10_000 };
const read = (command: unknown, ctx = context) => readCommand(JSON.stringify(command), ctx);

describe('readCommand', () => {
  it('accepts a slow fault on Email at the room time, its action checked as a file would be', () => {
    const result = read({ kind: 'fault', at: 10_000, node: 'email', action: { type: 'slow', factor: 20 }, duration: null });
    expect(result).toEqual({ ok: true, command: { kind: 'fault', at: 10_000, node: 'email', action: { type: 'slow', factor: 20 }, duration: null } });
  });

  it('refuses an unknown kind, naming it', () => {
    expect(read({ kind: 'launch-missiles' })).toEqual({ ok: false, error: expect.stringContaining('unknown command kind "launch-missiles"') });
  });

  it('refuses a fault on a missing node', () => {
    expect(read({ kind: 'fault', at: 12_000, node: 'nowhere', action: { type: 'crash' } })).toEqual({ ok: false, error: 'fault.node: there is no node "nowhere" in “Checkout”' });
  });

  it('refuses a fault whose action restore rejects', () => {
    const result = read({ kind: 'fault', at: 12_000, node: 'email', action: { type: 'slow', factor: -1 } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^fault: factor/);
  });

  it('refuses a time before the room time: times only go forward', () => {
    expect(read({ kind: 'pause', at: 9_999.5 })).toEqual({ ok: false, error: "pause.at: 9999.5 ms is before the room's time 10000 ms (times only go forward)" });
  });

  it('refuses a 10 MB document before parsing it', () => {
    const text = JSON.stringify({ kind: 'load', document: { ...checkout(), name: 'x'.repeat(10 * 1024 * 1024) } });
    const result = readCommand(text, context);
    expect(result).toEqual({ ok: false, error: 'the command is 10.0 MB, over the 5.0 MB a room command may hold' });
  });

  it('refuses a document past the limits, through restore', () => {
    const nodes = Array.from({ length: 501 }, (_, i) => ({ id: `n${i}`, kind: 'topic' }));
    const result = read({ kind: 'load', document: { format: 'eventscape/1', nodes, edges: [] }, seed: 1 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^load\.document: nodes.*500/);
  });

  it('refuses text that is not JSON, and JSON that is not an object', () => {
    expect(readCommand('{not json', context)).toEqual({ ok: false, error: 'the command is not valid JSON' });
    expect(readCommand('[1]', context)).toEqual({ ok: false, error: 'a command must be a JSON object' });
    expect(readCommand(42, context)).toEqual({ ok: false, error: 'a command must be JSON text, not number' });
  });

  it('refuses a speed out of range and a lesson that does not exist', () => {
    expect(read({ kind: 'speed', at: 10_000, speed: 1000 })).toEqual({ ok: false, error: 'speed.speed: must be from 0.1 to 100, not 1000' });
    expect(read({ kind: 'lesson', lesson: { id: 'no-such', step: 0, phase: 'ready' } })).toEqual({ ok: false, error: 'lesson.id: there is no lesson "no-such"' });
  });

  it('takes a question with 2 to 4 answers, and no more', () => {
    expect(read({ kind: 'question', question: { id: 'q1', text: 'Which falls over first?', answers: ['Email', 'Payments'] } }).ok).toBe(true);
    expect(read({ kind: 'question', question: { id: 'q1', text: 'Which?', answers: ['a', 'b', 'c', 'd', 'e'] } })).toEqual({ ok: false, error: 'question.answers: must be 2 to 4 answers' });
  });

  it('needs a document before a fault or a play', () => {
    expect(read({ kind: 'play', at: 0, speed: 1 }, { document: null, at: 0 })).toEqual({ ok: false, error: 'play: the room has no document yet' });
  });
});
