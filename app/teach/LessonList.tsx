// The ten lessons as a list to choose from, in course order.
import { Clock, Columns2 } from 'lucide-react';
import { CALL_CHAIN_VS_EVENTS, openExamplePair } from '../compare/openComparePair';
import { LESSONS } from '../../src/lessons';
import { openLesson } from './lessonRunner';

export function LessonList() {
  return (
    <ol className="es-lesson-list" data-testid="lesson-list">
      {LESSONS.map((lesson) => (
        <li key={lesson.id}>
          <button type="button" className="es-lesson-card" data-testid={`lesson-${lesson.id}`} onClick={() => openLesson(lesson.id)}>
            <span className="es-lesson-card__number" aria-hidden="true">
              {lesson.number}
            </span>
            <span className="es-lesson-card__text">
              <strong>{lesson.title}</strong>
              <span>{lesson.summary}</span>
            </span>
            <span className="es-lesson-card__minutes" title="Minutes in a workshop, talking included">
              <Clock size={12} aria-hidden="true" /> {lesson.minutes} min
            </span>
          </button>
        </li>
      ))}
      <li>
        <button
          type="button"
          className="es-lesson-card"
          data-testid="compare-call-chain-vs-events"
          onClick={() => void openExamplePair(CALL_CHAIN_VS_EVENTS.a, CALL_CHAIN_VS_EVENTS.b)}
        >
          <span className="es-lesson-card__number" aria-hidden="true">
            <Columns2 size={14} />
          </span>
          <span className="es-lesson-card__text">
            <strong>Compare: call chain vs events</strong>
            <span>The same shoppers and the same slow Email, side by side on one clock: one chain falls over, the events stay calm.</span>
          </span>
        </button>
      </li>
    </ol>
  );
}
