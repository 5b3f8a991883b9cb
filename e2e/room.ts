// Driving a workshop room in end-to-end tests: a relay on a loopback port, the teacher's page, the
// students' pages, figures read off the screen, and a Node Yjs client that forges commands.
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startRoomRelay, type RoomRelay } from '../server/roomRelay';

/** The relay's loopback port for this checkout's tests: next to its preview port. */
export const RELAY_PORT = Number(process.env.E2E_PORT ?? 4173) + 1000;
export const RELAY = `ws://127.0.0.1:${RELAY_PORT}`;

// Pages of a test, each in a context of its own. They are closed when the test ends: a page left
// open keeps playing its run and slows every later test in the same browser.
const contexts: BrowserContext[] = [];

/** A page in a context of its own (its own storage), closed when the test ends. */
export async function openPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  contexts.push(context);
  return context.newPage();
}

/**
 * A relay on RELAY_PORT for each test of the file that calls this; a test may stop and start it
 * (a restart comes back empty). The test's pages are closed before the relay stops.
 */
export function relayPerTest(): { stop(): Promise<void>; start(): Promise<void> } {
  let relay: RoomRelay | null = null;
  const start = async () => {
    relay = await startRoomRelay({ port: RELAY_PORT, host: '127.0.0.1' });
  };
  const stop = async () => {
    await relay?.close();
    relay = null;
  };
  test.beforeEach(start);
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
    await stop();
  });
  return { start, stop };
}

/** Open the app as the teacher and start a room; returns the page and the room's link. */
export async function startTeacher(browser: Browser): Promise<{ teacher: Page; link: string; code: string }> {
  const teacher = await openPage(browser);
  await teacher.goto(`./?relay=${encodeURIComponent(RELAY)}`);
  await expect(teacher.locator('.react-flow__node').first()).toBeVisible();
  await teacher.getByTestId('tool-room').click();
  await expect(teacher.getByTestId('room-status')).toHaveAttribute('data-status', 'connected');
  const link = await teacher.getByTestId('room-link').inputValue();
  const code = (await teacher.getByTestId('room-code').textContent()) ?? '';
  return { teacher, link, code };
}

/** Open the room's link as a student, in a context of its own. */
export async function joinStudent(browser: Browser, link: string): Promise<Page> {
  const student = await openPage(browser);
  await student.goto(link);
  await expect(student.getByTestId('room-bar')).toHaveAttribute('data-status', 'connected');
  return student;
}

/** The teacher asks the students a question with two answers. */
export async function askQuestion(teacher: Page, question: string, answers: [string, string]): Promise<void> {
  await teacher.getByTestId('room-question-text').fill(question);
  await teacher.getByTestId('room-answer-text-0').fill(answers[0]);
  await teacher.getByTestId('room-answer-text-1').fill(answers[1]);
  await teacher.getByTestId('room-ask').click();
}

/** The simulated clock and every live figure on the canvas, as text, by test id. */
export async function figures(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    out.clock = document.querySelector('[data-testid="sim-clock"]')?.textContent ?? '';
    for (const element of document.querySelectorAll('[data-testid^="live-"]')) {
      const id = element.getAttribute('data-testid') ?? '';
      out[id] = `${element.textContent ?? ''}|${element.getAttribute('data-lag') ?? ''}|${element.getAttribute('title') ?? ''}`;
    }
    return out;
  });
}

/** Wait until the student shows the teacher's figures, exactly. */
export async function expectSameFigures(teacher: Page, student: Page): Promise<Record<string, string>> {
  const wanted = await figures(teacher);
  await expect.poll(() => figures(student), { timeout: 15_000 }).toEqual(wanted);
  return wanted;
}

/** Simulated seconds on the page's clock ("1:05.2" → 65.2). */
export async function clockSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('sim-clock').textContent()) ?? '';
  const match = /(\d+):(\d+(?:\.\d+)?)/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : 0;
}

/** Play at `speed`× until the clock passes `seconds`, then pause. */
export async function playTo(page: Page, seconds: number, speed = '10'): Promise<void> {
  await page.getByTestId('playback-speed').selectOption(speed);
  await page.getByTestId('play-toggle').click();
  await expect.poll(() => clockSeconds(page), { timeout: 20_000, intervals: [100] }).toBeGreaterThanOrEqual(seconds);
  await page.getByTestId('play-toggle').click();
  await expect(page.getByTestId('sim-clock')).toHaveAttribute('data-status', 'paused');
}

/**
 * Write into the room's shared document from outside the app, as anyone with the code could: a
 * Node Yjs client on the relay. `write` gets the log (and may read the teacher's entries in it).
 */
export async function forgeWith(code: string, write: (log: Y.Array<string>, doc: Y.Doc) => void | Promise<void>): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(RELAY, `eventscape-room-${code}`, doc, { WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket });
  await new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  await write(doc.getArray<string>('commands'), doc);
  await new Promise((resolve) => setTimeout(resolve, 300));
  provider.destroy();
  doc.destroy();
}

/** Append an entry text to the room's log from outside the app. */
export async function forge(code: string, text: string): Promise<void> {
  await forgeWith(code, (log) => log.push([text]));
}
