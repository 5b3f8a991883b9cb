// The theme actually shown: the user's choice, or the system's when they chose "system".
import { useSyncExternalStore } from 'react';
import { useEditor } from '../store/useEditor';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void) {
  const query = window.matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function systemIsDark() {
  return window.matchMedia(DARK_QUERY).matches;
}

/** 'light' or 'dark', following the system while the choice is 'system'. */
export function useResolvedTheme(): 'light' | 'dark' {
  const choice = useEditor((state) => state.theme);
  const dark = useSyncExternalStore(subscribe, systemIsDark);
  if (choice === 'system') return dark ? 'dark' : 'light';
  return choice;
}
