// One event's journey as a vertical timeline: each step at its simulated time, in plain words,
// marked when it is a warning (a retry, a duplicate) or a loss (dead letter, drop).
import type { Journey } from '../../src/engine/api';
import { describeStep, journeyOutcome } from './insight/journeySteps';
import { formatDelta, formatSeconds } from './insight/simTime';

interface TraceTimelineProps {
  journey: Journey;
  labelOf: (id: string) => string;
}

export function TraceTimeline({ journey, labelOf }: TraceTimelineProps) {
  const start = journey.steps.length > 0 ? journey.steps[0].at : 0;
  return (
    <div className="es-journey" data-testid="journey">
      <div className="es-journey__head">
        <strong>{journey.type}</strong> · key {journey.key} · seq {journey.seq}
        <span className="es-insight__note">
          {' '}
          · {journeyOutcome(journey)} · message {journey.messageId}
        </span>
      </div>
      <ol className="es-journey__steps">
        {journey.steps.map((step, index) => {
          const words = describeStep(step, labelOf);
          return (
            <li key={index} className={`es-journey__step is-${words.tone}`} data-what={step.what} data-testid="journey-step">
              <span className="es-journey__time">
                {formatSeconds(step.at, 3)}
                {index > 0 && <span className="es-journey__delta">{formatDelta(step.at - start)}</span>}
              </span>
              <span className="es-journey__dot" aria-hidden="true" />
              <span className="es-journey__words">
                <span className="es-journey__title">{words.title}</span>
                {words.detail && <span className="es-journey__detail">{words.detail}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
