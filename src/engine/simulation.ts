// The engine's entry point: `createSimulation(doc, { seed })` builds the runtime of a document
// and returns a `Simulation` (api.ts). The run loop takes engine events off the queue in
// (time, sequence) order and hands each to the behaviour it names; time never goes back.
import type { FaultAction, TopologyDocument } from '../model/types';
import type { InFlightMessage, Journey, MetricsSnapshot, OrderViolation, RecentMetrics, Simulation } from './api';
import { buildRuntime, serviceOf, type Runtime } from './build';
import { applyEdit } from './edit';
import { compactTopic } from './compaction';
import { onElectionDue } from './cluster/brokerFaults';
import { onGroupCommit, usesEngineCommit } from './groupProtocol';
import { COMMIT_INTERVAL_MS, EventKind } from './eventKinds';
import { applyFault, undoFault, type AppliedFault } from './faults';
import { locateMessage } from './locate';
import { onRowWritten } from './serviceData';
import { RECENT_WINDOW_MS, recentSummaries, trackRecent } from './recent';
import { resetMetrics, takeSnapshot } from './snapshot';
import { processorTable, type ProcessorTable } from './streams/processorTable';

export interface SimulationOptions {
  /** Seed of every random stream; defaults to the document's seed. */
  seed?: number;
}

/** A scheduled or live fault and, once applied, what undoing it needs. */
interface FaultEntry {
  node: string;
  action: FaultAction;
  duration: number | null;
  applied: AppliedFault | null;
}

class EngineSimulation implements Simulation {
  private rt: Runtime;
  private faults: FaultEntry[] = [];
  /** The window of recent summaries, null while they are not kept. */
  private recentWindow: number | null = null;
  private readonly scratch: InFlightMessage = { edgeIndex: 0, sendTime: 0, arriveTime: 0, typeIndex: 0, flags: 0, messageId: 0, key: 0 };

  constructor(doc: TopologyDocument, seed: number) {
    this.rt = buildRuntime(doc, seed);
    const kernel = this.rt.kernel;
    for (const fault of doc.faults) {
      const { at, node, duration, ...rest } = fault;
      const index = this.faults.push({ node, action: rest as FaultAction, duration, applied: null }) - 1;
      kernel.at(at, EventKind.fault, 0, index, 0);
    }
    kernel.at(COMMIT_INTERVAL_MS, EventKind.commit, 0, 0, 0);
  }

  get now(): number {
    return this.rt.kernel.now;
  }

  get eventTypes(): readonly string[] {
    return this.rt.kernel.eventTypes;
  }

  runUntil(t: number): void {
    const kernel = this.rt.kernel;
    const queue = kernel.queue;
    while (queue.size > 0 && queue.peekTime() <= t) {
      queue.pop();
      kernel.now = queue.time;
      kernel.engineEvents++;
      this.handle(queue.kind, queue.target, queue.arg, queue.gen);
    }
    if (t > kernel.now) kernel.now = t;
  }

  step(): boolean {
    const kernel = this.rt.kernel;
    const queue = kernel.queue;
    if (!queue.pop()) return false;
    kernel.now = queue.time;
    kernel.engineEvents++;
    this.handle(queue.kind, queue.target, queue.arg, queue.gen);
    return true;
  }

  private handle(kind: number, target: number, arg: number, gen: number): void {
    const rt = this.rt;
    switch (kind) {
      case EventKind.arrival:
        rt.producers[target].onArrival(gen);
        return;
      case EventKind.workDone:
        rt.services[target].onWorkDone(arg, gen);
        return;
      case EventKind.publishArrive:
        this.onPublishArrive(target, gen);
        return;
      case EventKind.blockingRetry:
        rt.services[target].onBlockingRetry(arg, gen);
        return;
      case EventKind.requeueRetry:
        rt.services[target].onRequeueReady(arg, gen);
        return;
      case EventKind.commit:
        for (const service of rt.services) if (usesEngineCommit(service.group)) service.group.commit();
        for (const topic of rt.topics) {
          topic.applyRetention();
          if (topic.config.cleanup === 'compact') compactTopic(topic);
        }
        rt.kernel.at(rt.kernel.now + COMMIT_INTERVAL_MS, EventKind.commit, 0, 0, 0);
        return;
      case EventKind.fault:
        this.startFault(arg);
        return;
      case EventKind.faultEnd: {
        const applied = this.faults[arg].applied;
        if (applied) undoFault(rt, applied);
        return;
      }
      case EventKind.clientArrival:
        rt.clients[target].onArrival(gen);
        return;
      case EventKind.callTimeout:
        rt.calls.onTimeout(target, gen);
        return;
      case EventKind.callRetry:
        rt.calls.onRetry(target, gen);
        return;
      case EventKind.databaseWrite:
        onRowWritten(rt.services[target], arg, gen);
        return;
      case EventKind.sendBuffer:
      case EventKind.relayPoll:
      case EventKind.relayMarked:
      case EventKind.changeTail:
        rt.services[target].database?.onEvent(kind, arg, gen);
        return;
      case EventKind.replicaFetch:
        rt.cluster?.onFetch(target, arg, gen);
        return;
      case EventKind.leaderElection:
        if (rt.cluster) onElectionDue(rt.cluster, target, arg, gen);
        return;
      case EventKind.replicaCheck:
        rt.cluster?.onReplicaCheck();
        return;
      case EventKind.groupResume:
        rt.services[target].onGroupResume(gen);
        return;
      case EventKind.groupCommit:
        onGroupCommit(rt.services[target].group);
        return;
    }
  }

  private onPublishArrive(slot: number, gen: number): void {
    const t = this.rt.transit;
    if (t.gen[slot] !== gen) return;
    const link = this.rt.links[t.link[slot]];
    const key = t.key[slot];
    const seq = t.seq[slot];
    const type = t.type[slot];
    const sourceTime = t.sourceTime[slot];
    const publishTime = t.publishTime[slot];
    const messageId = t.messageId[slot];
    t.remove(slot);
    if (link.active) link.arrive(key, seq, type, sourceTime, publishTime, messageId);
  }

  private startFault(index: number): void {
    const entry = this.faults[index];
    entry.applied = applyFault(this.rt, entry.node, entry.action);
    if (entry.applied && entry.duration !== null) this.rt.kernel.at(this.now + entry.duration, EventKind.faultEnd, 0, index, 0);
  }

  applyFault(node: string, action: FaultAction, duration: number | null = null): void {
    const index = this.faults.push({ node, action, duration, applied: null }) - 1;
    this.startFault(index);
  }

  edit(doc: TopologyDocument): void {
    this.rt = applyEdit(this.rt, doc);
    if (this.recentWindow !== null) trackRecent(this.rt, this.recentWindow);
  }

  snapshot(): MetricsSnapshot {
    return takeSnapshot(this.rt);
  }

  resetMetrics(): void {
    resetMetrics(this.rt);
  }

  trackRecent(windowMs: number = RECENT_WINDOW_MS): void {
    trackRecent(this.rt, windowMs);
    this.recentWindow = windowMs;
  }

  recent(): Record<string, RecentMetrics> {
    return recentSummaries(this.rt);
  }

  forEachInFlight(visit: (message: InFlightMessage) => void): number {
    const { kernel, transit: t, links } = this.rt;
    kernel.hops.enabled = true;
    const m = this.scratch;
    let count = 0;
    for (let i = 0; i < t.size; i++) {
      const slot = t.active[i];
      m.edgeIndex = links[t.link[slot]].edgeIndex;
      m.sendTime = t.publishTime[slot];
      m.arriveTime = t.arriveTime[slot];
      m.typeIndex = t.type[slot];
      m.flags = t.flags[slot];
      m.messageId = t.messageId[slot];
      m.key = t.key[slot];
      visit(m);
      count++;
    }
    return count + kernel.hops.forEach(kernel.now, m, visit);
  }

  inFlightCount(): number {
    return this.forEachInFlight(() => {});
  }

  trace(key: number): Journey[] {
    return this.rt.kernel.journeys.trace(key);
  }

  untrace(key: number | null): void {
    this.rt.kernel.journeys.untrace(key);
  }

  journeyOf(messageId: number): Journey | null {
    const journeys = this.rt.kernel.journeys;
    const recorded = journeys.journeyOf(messageId);
    if (recorded) return recorded;
    // Not traced so far: say where it is now, and record the rest of its way from here.
    const found = locateMessage(this.rt, messageId);
    if (!found) return null;
    journeys.trace(found.key);
    const { at, node, what, detail } = found.step;
    journeys.step(messageId, found.key, found.seq, this.rt.kernel.eventTypes[found.type], at, node, what, detail);
    return journeys.journeyOf(messageId);
  }

  takeOrderViolations(): OrderViolation[] {
    return this.rt.kernel.takeViolations();
  }

  projection(node: string, keys: number[]): { key: number; applied: number; truth: number }[] {
    const service = serviceOf(this.rt, node);
    if (!service) return [];
    const p = service.projection;
    return keys.filter((k) => Number.isInteger(k) && k >= 0 && k < p.keys).map((key) => ({ key, applied: p.applied[key], truth: p.truth[key] }));
  }

  processorTable(node: string): ProcessorTable | null {
    const stream = serviceOf(this.rt, node)?.stream;
    return stream ? processorTable(node, stream, this.rt.kernel.now) : null;
  }
}

/** Creates a simulation of a (restored) document; `seed` defaults to the document's. */
export function createSimulation(doc: TopologyDocument, options: SimulationOptions = {}): Simulation {
  return new EngineSimulation(doc, options.seed ?? doc.seed);
}
