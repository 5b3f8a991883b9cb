// The instances of a service or orchestrator as chips, each with a dot per worker: the capacity
// a person can count at a glance (and the live view lights up).
/** Instances and workers drawn; beyond these the rest are counted. */
const MAX_INSTANCES = 6;
const MAX_WORKERS = 8;

interface Props {
  instances: number;
  concurrency: number;
}

export function WorkerPool({ instances, concurrency }: Props) {
  const shownInstances = Math.min(instances, MAX_INSTANCES);
  const shownWorkers = Math.min(concurrency, MAX_WORKERS);
  return (
    <div className="es-workers" aria-hidden="true">
      {Array.from({ length: shownInstances }, (_, i) => (
        <span key={i} className="es-workers__instance">
          {Array.from({ length: shownWorkers }, (_, j) => (
            <span key={j} className="es-workers__worker" />
          ))}
          {concurrency > shownWorkers && <span className="es-workers__more">…</span>}
        </span>
      ))}
      {instances > shownInstances && <span className="es-workers__more">+{instances - shownInstances}</span>}
    </div>
  );
}
