// One field of a scripted fault, shaped like a config field so the same controls edit it: a change
// is checked by `restore` (path `faults[i].key`) and applied, or refused with its problem.
import { useRef, useState } from 'react';
import type { Fault } from '../../../src/model/types';
import { editorStore } from '../../store/useEditor';
import { checkCandidate } from '../../../src/editor/validate';
import { withFault } from '../faults';
import type { ConfigField } from './useConfigField';

let focusSerial = 0;

/** Edit `key` of fault `index`; `change` builds the changed fault from the typed value. */
export function useFaultField(
  index: number,
  key: string,
  value: unknown,
  defaultValue: unknown,
  change: (fault: Fault, value: unknown) => Fault,
): ConfigField {
  const [problem, setProblem] = useState<string | null>(null);
  const session = useRef(0);
  const apply = (next: unknown, coalesce: boolean) => {
    const { document, commit } = editorStore.getState();
    const fault = document.faults[index];
    if (!fault) return false;
    const candidate = withFault(document, index, change(fault, next));
    const checked = checkCandidate(candidate, `faults[${index}].${key}`);
    if (!checked.ok) {
      setProblem(checked.problem);
      return false;
    }
    setProblem(null);
    const coalesceKey = coalesce && session.current > 0 ? `fault:${index}:${key}:${session.current}` : null;
    commit(withFault(document, index, checked.restored.faults[index]), coalesceKey);
    return true;
  };
  return {
    value,
    defaultValue,
    problem,
    apply: (next) => apply(next, true),
    applyConfig: () => false,
    reset: () => {
      apply(defaultValue, false);
    },
    begin: () => {
      session.current = ++focusSerial;
    },
    clearProblem: () => setProblem(null),
  };
}
