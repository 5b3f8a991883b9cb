// Tabs of Eventscape on the same site tell each other when they autosave.
import type { TabChannel } from './autosave';

const CHANNEL = 'eventscape-autosave';

function isSaved(value: unknown): value is { tab: string; savedAt: number } {
  return (
    typeof value === 'object' && value !== null && 'tab' in value && typeof value.tab === 'string' &&
    'savedAt' in value && typeof value.savedAt === 'number'
  );
}

/** A channel to the other tabs, or null where the browser has none. */
export function openTabChannel(): TabChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  const channel = new BroadcastChannel(CHANNEL);
  return {
    post(message) {
      channel.postMessage(message);
    },
    listen(onSaved) {
      const handler = (event: MessageEvent) => {
        if (isSaved(event.data)) onSaved(event.data);
      };
      channel.addEventListener('message', handler);
      return () => {
        channel.removeEventListener('message', handler);
        channel.close();
      };
    },
  };
}
