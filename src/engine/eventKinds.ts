// The kinds of engine events in the queue. An engine event is (kind, target, arg, gen); what
// target/arg/gen mean depends on the kind, as listed.
export const EventKind = {
  /** A producer's next event is due: target = producer, gen = its schedule epoch. */
  arrival: 1,
  /** A message reaches the end of a publish edge: target = transit slot, gen = its generation. */
  publishArrive: 2,
  /** A worker finished an attempt: target = service, arg = worker, gen = worker epoch. */
  workDone: 3,
  /** A blocking retry's backoff is over: target = service, arg = worker, gen = worker epoch. */
  blockingRetry: 4,
  /** A requeued retry's backoff is over: target = service, arg = item, gen = item generation. */
  requeueRetry: 5,
  /** Offsets are committed and retention applied: every `COMMIT_INTERVAL_MS`. */
  commit: 6,
  /** A fault takes effect: arg = index into the simulation's fault list. */
  fault: 7,
  /** A fault's duration is over: arg = index into the simulation's fault list. */
  faultEnd: 8,
  /** A client's next request is due: target = client, gen = its schedule epoch. */
  clientArrival: 9,
  /** A call attempt's timeout is over: target = call job, gen = the attempt's token. */
  callTimeout: 10,
  /** A call's backoff is over, the next attempt goes out: target = call job, gen = the token. */
  callRetry: 11,
  /** A row write ends (committed unless the worker was lost): target = service, arg = worker, gen = worker epoch. */
  databaseWrite: 60,
  /** A direct publisher's send buffer lingered `lingerMs`: target = service. */
  sendBuffer: 61,
  /** The outbox relay polls: target = service, gen = the relay's epoch. */
  relayPoll: 62,
  /** The relay marked its batch sent: target = service, arg = end of the batch, gen = the relay's epoch. */
  relayMarked: 63,
  /** The change tailer reaches the next change of the database log: target = service. */
  changeTail: 64,
  /** A follower's copy of its leader's log lands: target = cluster partition, arg = replica slot, gen = its fetch generation. */
  replicaFetch: 20,
  /** A broker has been out of reach for the election delay: target = cluster partition, arg = broker, gen = its down epoch. */
  leaderElection: 21,
  /** Periodic check of in-sync replicas' lag (documents with brokers only). */
  replicaCheck: 22,
  /** A paused rebalance is over: target = service, gen = the group's rebalance epoch. */
  groupResume: 23,
  /** A group with its own commit interval commits: target = service. */
  groupCommit: 24,
} as const;

/** How often consumer groups commit the offsets they finished, ms of simulated time. */
export const COMMIT_INTERVAL_MS = 1000;
