// A toolbar button: an icon with an accessible name, a tooltip naming its shortcut, and an
// optional visible text.
import type { LucideIcon } from 'lucide-react';

interface Props {
  icon: LucideIcon;
  label: string;
  shortcut?: string;
  onClick: () => void;
  disabled?: boolean;
  testId: string;
  /** Show the label next to the icon (for the few commands people look for by name). */
  showLabel?: boolean;
}

export function ToolbarButton({ icon: Icon, label, shortcut, onClick, disabled, testId, showLabel }: Props) {
  return (
    <button
      type="button"
      className={`es-tool${showLabel ? ' es-tool--labelled' : ''}`}
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      data-testid={testId}
      disabled={disabled}
      onClick={onClick}
    >
      <Icon size={16} strokeWidth={2} aria-hidden="true" />
      {showLabel && <span>{label}</span>}
    </button>
  );
}
