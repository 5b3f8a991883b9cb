// Writes what the worker tells into the zustand store: figures and charts about five times a second
// (A's and compare mode's B's), traces and journeys the UI follows, faults applied live (recorded in
// the fault script), stops and errors.
import { faultHasDuration } from '../../src/model/fault';
import { LIMITS } from '../../src/model/limits';
import type { Fault } from '../../src/model/types';
import type { FaultAppliedMessage, MetricsMessage } from '../../src/protocol/messages';
import { VIOLATION_LIMIT } from '../store/simulationSlice';
import type { ClientParts } from './engineRun';
import type { MessageRoutes } from './transport';

/** The fault as the script records it, at engine time `at`. */
export function recordedFault(message: FaultAppliedMessage): Fault {
  const duration = faultHasDuration(message.action.type) ? message.duration : null;
  return { ...message.action, at: Math.round(message.at), node: message.node, duration };
}

/** Routes for every message but frames; `seek` goes on with a seek that waited for the last one's answer. */
export function createStoreWriter(parts: ClientParts, seek: (at: number) => void): Omit<MessageRoutes, 'frame'> {
  const { store, run, frame, timeline, patch } = parts;
  const state = () => store.getState();

  // B's series, built like A's, point for point (both come in one message).
  const compareMetrics = (compare: NonNullable<MetricsMessage['compare']>) => {
    const history = timeline.chart('b', state().compareHistory, compare.snapshot, compare.recent);
    patch({ compareMetrics: compare.snapshot, compareHistory: history });
  };

  const metrics = (message: MetricsMessage) => {
    if (!run.running) return;
    const s = state();
    const typesChanged = message.eventTypes.length !== s.eventTypes.length || message.eventTypes.some((t, i) => t !== s.eventTypes[i]);
    frame.eventTypes = message.eventTypes;
    const violations = message.violations.length === 0 ? s.violations : [...s.violations, ...message.violations].slice(-VIOLATION_LIMIT);
    const history = timeline.chart('a', s.metricsHistory, message.snapshot, message.recent);
    if (message.compare) compareMetrics(message.compare);
    if (message.compare?.eventTypes) parts.compared.types(message.compare.eventTypes, message.eventTypes);
    patch({
      now: message.snapshot.now,
      reached: Math.max(timeline.reached(), message.snapshot.now),
      metrics: message.snapshot,
      metricsHistory: history,
      violations,
      projection: message.projection,
      keepingUp: message.keepingUp,
      eventsPerSecond: message.eventsPerSecond,
      ...(typesChanged ? { eventTypes: message.eventTypes } : {}),
      ...(message.trace && message.trace.key !== null && message.trace.key === run.tracedKey ? { trace: { key: message.trace.key, journeys: message.trace.journeys } } : {}),
      ...(message.journey && message.journey.messageId === run.followedId ? { journey: message.journey.journey } : {}),
      ...(message.processorTable !== undefined ? { processorTable: message.processorTable } : {}),
    });
    const waiting = timeline.answered();
    if (waiting !== null) seek(waiting);
  };

  const faultApplied = (message: FaultAppliedMessage) => {
    const s = state();
    if (s.readOnly) return;
    if (s.document.faults.length >= LIMITS.faults) {
      s.notify('info', 'Fault applied but not recorded', [`the fault script holds at most ${LIMITS.faults} faults`]);
      return;
    }
    s.commit({ ...s.document, faults: [...s.document.faults, recordedFault(message)] });
  };

  return {
    metrics,
    trace(message) {
      if (message.key === run.tracedKey) patch({ trace: message.key === null ? null : { key: message.key, journeys: message.journeys } });
    },
    journey(message) {
      if (message.messageId === run.followedId) patch({ journey: message.journey });
    },
    'fault-applied': faultApplied,
    stopped(message) {
      if (message.at !== run.stopAt) return;
      run.stopAt = null;
      patch({ status: 'paused' });
    },
    error(message) {
      patch({ status: 'paused' });
      state().notify('error', 'The simulation stopped', [message.message]);
    },
  };
}
