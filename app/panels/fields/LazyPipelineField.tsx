// A processor's pipeline editor, loaded when a processor is first inspected.
import { type ComponentProps, lazy, Suspense } from 'react';
import type { PipelineField as Field } from './PipelineField';

const Loaded = lazy(() => import('./PipelineField').then((m) => ({ default: m.PipelineField })));

export function PipelineField(props: ComponentProps<typeof Field>) {
  return (
    <Suspense fallback={null}>
      <Loaded {...props} />
    </Suspense>
  );
}
