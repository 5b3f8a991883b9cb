import { describe, expect, it } from 'vitest';
import { emptyDocument } from '../../src/model/empty';
import { AUTOSAVE_DELAY_MS, documentText, startAutosave, type AutosaveStatus, type SavedWork, type TabChannel } from './autosave';

function setup(options: { failWrites?: boolean } = {}) {
  const writes: SavedWork[] = [];
  const statuses: AutosaveStatus[] = [];
  let clock = 0;
  let timers: { at: number; task: () => void; live: boolean }[] = [];
  const listeners: ((message: { tab: string; savedAt: number }) => void)[] = [];
  const posted: { tab: string; savedAt: number }[] = [];
  const channel: TabChannel = {
    post: (message) => posted.push(message),
    listen: (onSaved) => {
      listeners.push(onSaved);
      return () => undefined;
    },
  };
  const autosave = startAutosave(
    {
      storage: {
        read: async () => writes.at(-1) ?? null,
        write: async (work) => {
          if (options.failWrites) throw new Error('QuotaExceededError');
          writes.push(work);
        },
        keepAside: async () => undefined,
      },
      channel,
      tab: 'me',
      later: (task, ms) => {
        const timer = { at: clock + ms, task, live: true };
        timers.push(timer);
        return () => {
          timer.live = false;
        };
      },
      now: () => clock,
      onStatus: (status) => statuses.push(status),
    },
    null,
  );
  const advance = async (ms: number) => {
    clock += ms;
    const due = timers.filter((timer) => timer.live && timer.at <= clock);
    timers = timers.filter((timer) => !due.includes(timer));
    for (const timer of due) timer.task();
    await Promise.resolve();
    await Promise.resolve();
  };
  const otherTabSaved = () => listeners.forEach((listener) => listener({ tab: 'other', savedAt: clock }));
  return { autosave, writes, statuses, posted, advance, otherTabSaved };
}

describe('autosave', () => {
  it('saves once, a moment after the last of several quick changes, and tells other tabs', async () => {
    const { autosave, writes, posted, advance } = setup();
    autosave.changed(emptyDocument('a'));
    await advance(100);
    autosave.changed(emptyDocument('ab'));
    await advance(100);
    autosave.changed(emptyDocument('abc'));
    await advance(AUTOSAVE_DELAY_MS - 1);
    expect(writes).toHaveLength(0);
    await advance(1);
    expect(writes.map((work) => JSON.parse(work.text).name)).toEqual(['abc']);
    expect(posted).toEqual([{ tab: 'me', savedAt: writes[0].savedAt }]);
  });

  it('does not write a document equal to what storage holds', async () => {
    const { autosave, writes, advance } = setup();
    autosave.adopted(documentText(emptyDocument('same')));
    autosave.changed(emptyDocument('same'));
    await advance(AUTOSAVE_DELAY_MS);
    expect(writes).toHaveLength(0);
  });

  it('stops saving when another tab saved, until the user keeps their own work', async () => {
    const { autosave, writes, statuses, advance, otherTabSaved } = setup();
    autosave.changed(emptyDocument('mine'));
    otherTabSaved();
    await advance(AUTOSAVE_DELAY_MS * 3);
    autosave.changed(emptyDocument('mine, edited'));
    await advance(AUTOSAVE_DELAY_MS * 3);
    expect(writes).toHaveLength(0);
    expect(statuses).toContainEqual({ kind: 'other-tab' });
    expect(autosave.paused).toBe(true);
    await autosave.saveNow(emptyDocument('mine, edited'));
    expect(writes.map((work) => JSON.parse(work.text).name)).toEqual(['mine, edited']);
    expect(autosave.paused).toBe(false);
  });

  it('reports a failed write and keeps trying on the next change', async () => {
    const { autosave, statuses, advance } = setup({ failWrites: true });
    autosave.changed(emptyDocument('x'));
    await advance(AUTOSAVE_DELAY_MS);
    expect(statuses).toEqual([{ kind: 'failed', message: 'QuotaExceededError' }]);
    autosave.changed(emptyDocument('y'));
    await advance(AUTOSAVE_DELAY_MS);
    expect(statuses).toHaveLength(2);
  });
});
