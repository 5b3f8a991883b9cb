// Keep the page's colours in step with the theme choice, and remember the choice for next time.
import { useEffect, useLayoutEffect } from 'react';
import { editorStore, useEditor } from '../store/useEditor';
import type { ThemeChoice } from '../store/uiSlice';
import { useResolvedTheme } from './useResolvedTheme';

const STORAGE_KEY = 'eventscape.theme';

/** The theme chosen in an earlier visit, or 'system'. */
export function savedTheme(): ThemeChoice {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    return saved === 'light' || saved === 'dark' ? saved : 'system';
  } catch {
    return 'system';
  }
}

/** Apply the resolved theme to the document element and persist the choice. */
export function useThemeSync(): void {
  const choice = useEditor((state) => state.theme);
  const resolved = useResolvedTheme();
  // A layout effect: it runs before every component's ordinary effects, so one that reads the
  // theme's colours from the CSS variables (the charts) reads the new theme's, not the old one's.
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = resolved;
    document.documentElement.style.colorScheme = resolved;
  }, [resolved]);
  useEffect(() => {
    try {
      if (choice === 'system') window.localStorage.removeItem(STORAGE_KEY);
      else window.localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Private modes may refuse storage; the theme then lasts for this visit only.
    }
  }, [choice]);
}

/** Start with the remembered theme. */
export function restoreTheme(): void {
  editorStore.getState().setTheme(savedTheme());
}
