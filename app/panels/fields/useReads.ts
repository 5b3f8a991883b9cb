// The topics a node reads, for a processor's join (its table or stream source).
import { useEditor } from '../../store/useEditor';

/** The topics a node reads, as one stable string (so a selector does not re-render on every edit). */
export function useReads(nodeId: string): string[] {
  const reads = useEditor((state) => state.document.edges.filter((e) => e.kind === 'subscribe' && e.target === nodeId).map((e) => e.source).join('\n'));
  return reads === '' ? [] : reads.split('\n');
}
