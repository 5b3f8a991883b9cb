// The lesson panel: the open step's narration, what to look at (the highlighted nodes and the
// figures the step is about, live), what to expect, the step's button, and next/previous. Once the
// step has run, each figure shows where it started and ended and whether it moved as expected.
import { Check, ChevronLeft, ChevronRight, GraduationCap, Play, Presentation, RotateCcw, X } from 'lucide-react';
import type { ReactNode } from 'react';
import type { LessonCheck, LessonStep } from '../../src/lessons/types';
import { readMetric } from '../../src/lessons/metric';
import { formatMs } from '../canvas/summaries';
import { useRoom } from '../room/roomStore';
import { editorStore, useEditor } from '../store/useEditor';
import { advance, closeLesson, goToStep, lessonById, openLesson, runStep, stepStartMetrics } from './lessonRunner';
import { checkFigure, figureName, formatCheckValue } from './stepFigures';
import type { CheckView } from './teachSlice';
import { WelcomePanel } from './WelcomePanel';
import './teach.css';

function useLabelOf(): (id: string) => string {
  const nodes = useEditor((state) => state.document.nodes);
  return (id) => nodes.find((node) => node.id === id)?.label ?? id;
}

/** The figure right now, read from the latest metrics (about five times a second). */
function LiveFigure({ check }: { check: LessonCheck }) {
  const value = useEditor((state) => {
    const metrics = state.metrics;
    if (!metrics) return null;
    return check.measure === 'perSecond' ? checkFigure(check, stepStartMetrics(), metrics) : readMetric(metrics, check.node, check.metric);
  });
  return <>{formatCheckValue(check, value)}</>;
}

function CheckRow({ check, view, index }: { check: LessonCheck; view: CheckView | undefined; index: number }) {
  const labelOf = useLabelOf();
  const verdict = view ? (view.ok ? 'as expected' : 'not as expected') : null;
  return (
    <li
      className={`es-lesson__figure${view ? (view.ok ? ' is-ok' : ' is-off') : ''}`}
      data-testid={`lesson-check-${index}`}
      data-node={check.node}
      data-metric={check.metric}
      data-before={view?.before ?? ''}
      data-after={view?.after ?? ''}
      data-ok={view ? String(view.ok) : ''}
      title={view?.reason}
    >
      <span className="es-lesson__figure-name">
        <strong>{labelOf(check.node)}</strong> · {figureName(check, labelOf)}
      </span>
      <span className="es-lesson__figure-value">
        {view ? (
          <>
            {formatCheckValue(check, view.before)} → {formatCheckValue(check, view.after)}
            <span className="es-lesson__verdict" aria-label={verdict ?? undefined}>
              {view.ok ? <Check size={14} aria-hidden="true" /> : '≠'}
            </span>
          </>
        ) : (
          <LiveFigure check={check} />
        )}
      </span>
    </li>
  );
}

function StepButton({ step }: { step: LessonStep }) {
  const phase = useEditor((state) => state.lesson?.phase);
  const until = useEditor((state) => state.lesson?.until ?? null);
  const now = useEditor((state) => state.now);
  const label = step.label ?? (step.action ? 'Do it' : `Let it run ${formatMs(step.runFor)}`);
  if (phase === 'running' && until !== null) {
    const left = Math.max(0, until - now);
    return (
      <p className="es-lesson__running" data-testid="lesson-running" aria-live="polite">
        Running… {formatMs(left)} of {formatMs(step.runFor)} left
      </p>
    );
  }
  return (
    <button
      type="button"
      className={`es-button es-lesson__action${phase === 'done' ? '' : ' es-button--primary'}`}
      data-testid="lesson-action"
      onClick={runStep}
    >
      <Play size={15} aria-hidden="true" />
      {phase === 'done' ? `${label} again` : label}
    </button>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="es-lesson__section">
      <h4>{title}</h4>
      {children}
    </section>
  );
}

/** The lesson panel; without a lesson, the welcome of a first visit or else `fallback` (the inspector). */
export function LessonPanel({ fallback }: { fallback: ReactNode }) {
  const progress = useEditor((state) => state.lesson);
  const welcome = useEditor((state) => state.welcome);
  const presenter = useEditor((state) => state.presenter);
  const labelOf = useLabelOf();
  // A student following a workshop room sees the teacher's steps; the teacher runs them.
  const led = useRoom((room) => room.role === 'student' && room.mode === 'following');
  const lesson = progress ? lessonById(progress.id) : undefined;
  if (!progress || !lesson) return welcome ? <WelcomePanel /> : <>{fallback}</>;
  const step = lesson.steps[progress.step];
  const last = progress.step === lesson.steps.length - 1;
  return (
    <aside className="es-lesson" aria-label="Lesson" data-testid="lesson-panel" data-step={progress.step} data-phase={progress.phase}>
      <header className="es-lesson__header">
        <GraduationCap size={16} aria-hidden="true" />
        <h2 className="es-lesson__title" data-testid="lesson-title">
          <span className="es-lesson__number">Lesson {lesson.number}</span> {lesson.title}
        </h2>
        <button
          type="button"
          className="es-icon-button"
          aria-label={presenter ? 'Leave presenter mode' : 'Presenter mode'}
          title={presenter ? 'Leave presenter mode (Esc)' : 'Presenter mode (P)'}
          aria-pressed={presenter}
          onClick={() => editorStore.getState().setPresenter(!presenter)}
        >
          <Presentation size={16} />
        </button>
        <button type="button" className="es-icon-button" aria-label="Close the lesson" data-testid="lesson-close" onClick={closeLesson}>
          <X size={16} />
        </button>
      </header>
      <p className="es-lesson__counter" data-testid="lesson-counter">
        Step {progress.step + 1} of {lesson.steps.length}
      </p>
      <h3 className="es-lesson__step" data-testid="lesson-step-title">
        {step.title}
      </h3>
      <p className="es-lesson__narration" data-testid="lesson-narration">
        {step.narration}
      </p>
      {step.highlight.length > 0 && (
        <Section title="Look at">
          <p className="es-lesson__look">{step.highlight.map(labelOf).join(', ')}</p>
        </Section>
      )}
      {step.checks.length > 0 && (
        <Section title="Figures">
          <ul className="es-lesson__figures">
            {step.checks.map((check, index) => (
              <CheckRow key={`${progress.step}-${index}`} check={check} view={progress.checks[index]} index={index} />
            ))}
          </ul>
        </Section>
      )}
      <Section title="What you should see">
        <p className="es-lesson__expect" data-testid="lesson-expect">
          {step.expect}
        </p>
      </Section>
      {led && progress.phase !== 'running' && <p className="es-lesson__led" data-testid="lesson-led">The teacher runs the steps.</p>}
      {led ? null : <StepButton step={step} />}
      {!led && (
        <nav className="es-lesson__nav" aria-label="Steps">
          <button type="button" className="es-button" data-testid="lesson-previous" disabled={progress.step === 0 || progress.phase === 'running'} onClick={() => goToStep(progress.step - 1)}>
            <ChevronLeft size={15} aria-hidden="true" /> Previous
          </button>
          {last ? (
            <button type="button" className="es-button" data-testid="lesson-restart" disabled={progress.phase === 'running'} onClick={() => openLesson(lesson.id)}>
              <RotateCcw size={14} aria-hidden="true" /> Start over
            </button>
          ) : (
            <button
              type="button"
              className={`es-button${progress.phase === 'done' ? ' es-button--primary' : ''}`}
              data-testid="lesson-next"
              disabled={progress.phase === 'running'}
              onClick={() => (progress.phase === 'done' ? advance() : goToStep(progress.step + 1))}
            >
              Next <ChevronRight size={15} aria-hidden="true" />
            </button>
          )}
        </nav>
      )}
      {presenter && <p className="es-lesson__keys">→ runs the step, then goes on · ← back · Space plays or pauses · Esc leaves</p>}
    </aside>
  );
}
