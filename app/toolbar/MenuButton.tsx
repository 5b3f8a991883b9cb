// A toolbar button that opens a menu of commands (compare, export): the list under the button,
// closed by a choice, Escape or a click outside it.
import type { LucideIcon } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import '../share/share.css';

/** One command of a menu. */
export interface MenuItem {
  label: string;
  icon: LucideIcon;
  testId: string;
  run: () => void | Promise<unknown>;
}

interface Props {
  /** The menu's name: the button's accessible name and the list's label. */
  label: string;
  icon: LucideIcon;
  title: string;
  testId: string;
  items: readonly MenuItem[];
  /** A menu whose mode is on (compare mode) shows its button pressed. */
  pressed?: boolean;
}

export function MenuButton({ label, icon: Icon, title, testId, items, pressed }: Props) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="es-menu" ref={ref}>
      <button
        type="button"
        className="es-tool"
        aria-label={label}
        title={title}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-pressed={pressed}
        data-testid={testId}
        onClick={() => setOpen(!open)}
      >
        <Icon size={16} strokeWidth={2} aria-hidden="true" />
      </button>
      {open && (
        <ul className="es-menu__list" role="menu" aria-label={label}>
          {items.map((item) => (
            <li key={item.testId} role="none">
              <button
                type="button"
                role="menuitem"
                className="es-menu__item"
                data-testid={item.testId}
                onClick={() => {
                  setOpen(false);
                  void item.run();
                }}
              >
                <item.icon size={15} aria-hidden="true" />
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
