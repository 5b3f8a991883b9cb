// A workshop room's replay: the commands the teacher's client sent, run here so a follower sees the
// same run. From a `load` it is a new run; otherwise more of the current one.
import type { TopologyDocument } from '../../src/model/types';
import type { Command } from '../../src/protocol/messages';
import { INITIAL_SIMULATION } from '../store/simulationSlice';
import type { ClientParts } from './engineRun';

/** Send `commands` to the worker; `shown` is the document the run has at their end. */
export function runRoomCommands(parts: ClientParts, commands: readonly Command[], shown: TopologyDocument): void {
  const { run, frame, timeline, send, patch } = parts;
  const last = commands[commands.length - 1];
  run.stopAt = last?.type === 'play' ? (last.until ?? null) : null;
  const first = commands[0];
  if (first?.type === 'load') {
    run.running = null;
    timeline.forget();
    frame.recent = [];
    frame.count = 0;
    run.editsSent = 0;
    patch({ seed: first.seed, metricsHistory: INITIAL_SIMULATION.metricsHistory, metrics: null, violations: [] });
  }
  run.running = shown;
  frame.edgeIds = shown.edges.map((edge) => edge.id);
  run.editsSent += commands.filter((command) => command.type === 'edit').length;
  for (const command of commands) {
    if (command.type === 'speed') frame.speed = command.speed;
    send(command);
  }
  patch({ status: last?.type === 'play' ? 'playing' : 'paused', speed: frame.speed });
}
