// Whether a check holds, given its figure before and after a step, with a sentence saying why.
import type { LessonCheck } from './types';

/** The verdict of one check. */
export interface Verdict {
  ok: boolean;
  /** E.g. "lag.email rose from 3 to 412 (needed ≥ 15)". */
  reason: string;
}

const STAYS_FACTOR = 1.5;

/** Short figure for messages: whole numbers stay whole, others get two decimals at most. */
export function formatFigure(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Math.round(value * 100) / 100);
}

/** Judges a check from the figure right before the step's action and at the step's end. */
export function judge(check: LessonCheck, before: number, after: number): Verdict {
  const name = check.measure === 'perSecond' ? `${check.metric}/s` : check.metric;
  const b = formatFigure(before);
  const a = formatFigure(after);
  const factor = check.factor ?? 1;
  switch (check.compare) {
    case 'rises': {
      const need = before * factor;
      const ok = after > before && after >= need;
      return { ok, reason: `${name} went from ${b} to ${a} (needed to rise${factor > 1 ? ` to ≥ ${formatFigure(need)}` : ''})` };
    }
    case 'falls': {
      const need = before / factor;
      const ok = after < before && after <= need;
      return { ok, reason: `${name} went from ${b} to ${a} (needed to fall${factor > 1 ? ` to ≤ ${formatFigure(need)}` : ''})` };
    }
    case 'above': {
      const value = check.value ?? 0;
      return { ok: after > value, reason: `${name} is ${a} (needed > ${formatFigure(value)})` };
    }
    case 'below': {
      const value = check.value ?? 0;
      return { ok: after < value, reason: `${name} is ${a} (needed < ${formatFigure(value)})` };
    }
    case 'stays': {
      if (check.value !== undefined) {
        const ok = Math.abs(after - before) <= check.value;
        return { ok, reason: `${name} went from ${b} to ${a} (needed to stay within ${formatFigure(check.value)})` };
      }
      const f = check.factor ?? STAYS_FACTOR;
      const ok = after <= before * f && after >= before / f;
      return { ok, reason: `${name} went from ${b} to ${a} (needed to stay within ×${formatFigure(f)})` };
    }
  }
}
