// A top-level field of the document (its seed), shaped like a config field for the same controls.
import { useRef, useState } from 'react';
import type { TopologyDocument } from '../../../src/model/types';
import { editorStore, useEditor } from '../../store/useEditor';
import { checkCandidate } from '../../../src/editor/validate';
import type { ConfigField } from './useConfigField';

let focusSerial = 0;

/** Edit the document's `seed`. */
export function useDocumentField(key: 'seed'): ConfigField {
  const value = useEditor((state) => state.document[key]);
  const [problem, setProblem] = useState<string | null>(null);
  const session = useRef(0);
  const apply = (next: unknown, coalesce: boolean) => {
    const { document, commit } = editorStore.getState();
    const candidate = { ...document, [key]: next } as TopologyDocument;
    const checked = checkCandidate(candidate, key);
    if (!checked.ok) {
      setProblem(checked.problem);
      return false;
    }
    setProblem(null);
    commit({ ...document, [key]: checked.restored[key] }, coalesce ? `document:${key}:${session.current}` : null);
    return true;
  };
  return {
    value,
    defaultValue: 1,
    problem,
    apply: (next) => apply(next, true),
    applyConfig: () => false,
    reset: () => {
      apply(1, false);
    },
    begin: () => {
      session.current = ++focusSerial;
    },
    clearProblem: () => setProblem(null),
  };
}
