// A small horizontal bar: how full something is, coloured by its level.
import type { CSSProperties } from 'react';
import type { Level } from './figures';

interface Props {
  fill: number;
  level: Level;
  title: string;
  testId?: string;
}

export function LiveBar({ fill, level, title, testId }: Props) {
  // A gradient stop, not a width or a transform: a new fill repaints the bar alone, with no layout
  // and no layer of its own (nodes of both canvases change theirs five times a second).
  const share = `${Math.round(Math.min(1, Math.max(0, fill)) * 100)}%`;
  return <span className={`es-live-bar es-live--${level}`} title={title} data-testid={testId} data-level={level} style={{ '--fill': share } as CSSProperties} />;
}
