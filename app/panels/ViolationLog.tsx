// The Log tab: ordering violations as they happen, newest first (the slice keeps a bounded list).
import { useEditor } from '../store/useEditor';
import { describeViolation } from './insight/violationLog';
import { useNodeLabels } from './insight/useNodeLabels';

export function ViolationLog() {
  const violations = useEditor((state) => state.violations);
  const labelOf = useNodeLabels();
  if (violations.length === 0) {
    return (
      <p className="es-insight__empty" data-testid="violation-log">
        No ordering violations. One is logged when a service applies a key’s event after a newer one of the same key
        (retries that requeue, round-robin partitions, <code>ordering: none</code>).
      </p>
    );
  }
  // Keys from what a violation says, numbered when the same one repeats, so rows keep their
  // identity as older ones fall off the end.
  const seen = new Map<string, number>();
  const newestFirst = [...violations].reverse().map((violation) => {
    const what = `${violation.at}:${violation.node}:${violation.key}:${violation.seq}:${violation.previous}`;
    const count = (seen.get(what) ?? 0) + 1;
    seen.set(what, count);
    return { violation, id: `${what}#${count}` };
  });
  return (
    <ol className="es-violations" data-testid="violation-log" aria-label="Ordering violations, newest first">
      {newestFirst.map(({ violation, id }) => (
        <li key={id} className="es-violations__item" data-testid="violation">
          {describeViolation(violation, labelOf)}
        </li>
      ))}
    </ol>
  );
}
