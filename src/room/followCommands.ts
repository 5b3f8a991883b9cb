// How a student's engine reaches the teacher's moment: the worker commands that replay the run
// from time 0 (load, run exactly to each fault or edit, apply it, run exactly to the room's time,
// then play or stay paused), or, when the engine already stands exactly where the room stood
// before, only the commands that carry it on. The engine is deterministic, so the same commands
// give the same figures as on the teacher's screen.
import type { TopologyDocument } from '../model/types';
import type { Command } from '../protocol/messages';
import type { RoomState, RunEffect } from './replay';

/** Whether two documents run the same: they differ in positions, labels, name or faults only. */
export function sameTopology(a: TopologyDocument, b: TopologyDocument): boolean {
  if (a === b) return true;
  const runs = (doc: TopologyDocument) => JSON.stringify([doc.nodes.map((n) => [n.id, n.kind, n.config]), doc.edges]);
  return runs(a) === runs(b);
}

/** What a student's engine was last brought to. */
export interface Followed {
  run: number;
  effects: number;
  at: number;
  playing: boolean;
  /** The document the engine runs (after the edits applied so far). */
  document: TopologyDocument;
}

function effectCommands(effect: RunEffect, running: TopologyDocument): { commands: Command[]; running: TopologyDocument } {
  const commands: Command[] = [{ type: 'run-to', at: effect.at }];
  if (effect.kind === 'fault') {
    commands.push({ type: 'fault', node: effect.node, action: effect.action, duration: effect.duration });
    return { commands, running };
  }
  if (sameTopology(running, effect.document)) return { commands, running };
  commands.push({ type: 'edit', document: effect.document });
  return { commands, running: effect.document };
}

/**
 * The worker commands that bring an engine from `followed` (null: from nothing) to `state`, and
 * where it then stands; null when the room has no run. The commands start with `load` when the
 * run must be replayed from time 0.
 */
export function followCommands(state: RoomState, followed: Followed | null): { commands: Command[]; followed: Followed } | null {
  const run = state.run;
  if (!run) return null;
  const clock = state.clock;
  // Carrying on is exact only from a paused engine at a known time with nothing after it undone.
  const carryOn =
    followed !== null &&
    followed.run === run.number &&
    !followed.playing &&
    followed.effects <= run.effects.length &&
    run.effects.slice(followed.effects).every((effect) => effect.at >= followed.at) &&
    clock.at >= followed.at;
  const commands: Command[] = carryOn ? [] : [{ type: 'load', document: run.document, seed: run.seed }];
  let running = carryOn ? followed.document : run.document;
  let reached = carryOn ? followed.at : 0;
  // A stop at the teacher's rate base gives this engine's client the same base for its rates.
  const rateFrom = !clock.playing && clock.rateFrom !== null && clock.rateFrom < clock.at ? clock.rateFrom : null;
  const stopForRates = (before: number) => {
    if (rateFrom !== null && rateFrom > reached && rateFrom < before) {
      commands.push({ type: 'run-to', at: rateFrom });
      reached = rateFrom;
    }
  };
  for (const effect of run.effects.slice(carryOn ? followed.effects : 0)) {
    stopForRates(effect.at);
    const next = effectCommands(effect, running);
    commands.push(...next.commands);
    running = next.running;
    reached = effect.at;
  }
  stopForRates(clock.at);
  commands.push({ type: 'run-to', at: clock.at }, { type: 'speed', speed: clock.speed });
  if (clock.playing) commands.push(clock.until === null ? { type: 'play' } : { type: 'play', until: clock.until });
  return { commands, followed: { run: run.number, effects: run.effects.length, at: clock.at, playing: clock.playing, document: running } };
}
