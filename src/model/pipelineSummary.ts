// A processor's pipeline in a few words, for its node on the canvas, exports and the inspector:
// "filter 50% → count / 1 s tumbling".
import type { Operator, Window } from './streamTypes';

function seconds(ms: number): string {
  return ms >= 1000 && ms % 100 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** A window in words: "1 s tumbling", "2 s hopping by 500 ms", "session gap 1 s", "table". */
export function windowText(window: Window): string {
  switch (window.kind) {
    case 'tumbling':
      return `${seconds(window.size)} tumbling`;
    case 'hopping':
      return `${seconds(window.size)} hopping by ${seconds(window.advance)}`;
    case 'session':
      return `session gap ${seconds(window.gap)}`;
    case 'none':
      return 'table';
  }
}

/** One operator in words. */
export function operatorText(op: Operator): string {
  switch (op.op) {
    case 'filter': {
      const parts = [op.types.length > 0 ? op.types.join('|') : null, op.keep < 1 ? `${Math.round(op.keep * 1000) / 10}%` : null].filter(Boolean);
      return `filter ${parts.join(' ') || 'all'}`;
    }
    case 'map': {
      const parts = [op.type !== null ? `as ${op.type}` : null, op.rekey !== null ? `re-key /${op.rekey} ⇄ repartition` : null].filter(Boolean);
      return `map ${parts.join(' ') || '(same)'}`;
    }
    case 'aggregate':
      return `${op.fn} / ${windowText(op.window)}`;
    case 'join':
      return op.as === 'table' ? `join table ${op.with}` : `join ${op.with} ±${seconds(op.windowMs)}`;
  }
}

/** The whole pipeline in words, or "pass through" when it has no operators. */
export function pipelineText(operators: readonly Operator[]): string {
  return operators.length === 0 ? 'pass through' : operators.map(operatorText).join(' → ');
}
