// A small horizontal bar: how full something is, coloured by its level.
import type { Level } from './figures';

interface Props {
  fill: number;
  level: Level;
  title: string;
  testId?: string;
}

export function LiveBar({ fill, level, title, testId }: Props) {
  // A scale, not a width: changing it needs no layout.
  const scale = `scaleX(${Math.round(Math.min(1, Math.max(0, fill)) * 100) / 100})`;
  return (
    <span className={`es-live-bar es-live--${level}`} title={title} data-testid={testId} data-level={level}>
      <span className="es-live-bar__fill" style={{ transform: scale }} />
    </span>
  );
}
