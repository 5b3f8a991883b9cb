// Every lesson, every step, in the browser: the step's button applies its action and runs its
// simulated time; the figures the step names are on screen (in the lesson panel, and on the nodes
// that show them) and move exactly as in the headless lesson run, which the lesson tests check
// against the narration. Played at 100× to keep it short.
import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from '../src/lessons/index';
import { runLesson } from '../src/lessons/runLesson';
import type { LessonCheck } from '../src/lessons/types';

/** "p99 1.2 s" or "p99 85 ms" → ms. */
function parseDuration(text: string): number {
  const match = /([\d.]+)\s*(ms|s)\b/.exec(text);
  if (!match) throw new Error(`no duration in "${text}"`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

/** The check's figure as its node shows it, for the figures nodes show; null for the others. */
async function nodeFigure(page: Page, check: LessonCheck, kinds: Map<string, string>): Promise<number | null> {
  if (check.measure === 'perSecond') return null;
  const kind = kinds.get(check.node);
  const lag = /^lag\.(.+)$/.exec(check.metric);
  if (kind === 'client' && check.metric === 'latencyMs.p99') {
    const figure = page.getByTestId(`live-p99-${check.node}`);
    return (await figure.count()) === 0 ? null : parseDuration((await figure.textContent()) ?? '');
  }
  if (kind === 'topic' && lag) {
    // A topic shows the lag of the groups it has room for.
    const figure = page.getByTestId(`live-topic-lag-${check.node}-${lag[1]}`);
    if ((await figure.count()) === 0) return null;
    return Number(/: (\d+) unconsumed/.exec((await figure.getAttribute('title')) ?? '')?.[1]);
  }
  return null;
}

for (const lesson of LESSONS) {
  test(`lesson ${lesson.number}, ${lesson.title}: every step's figures move as the headless run says`, async ({ page }) => {
    const headless = runLesson(lesson);
    const kinds = new Map((lesson.document as { nodes: { id: string; kind: string }[] }).nodes.map((node) => [node.id, node.kind]));
    await page.goto('./');
    await expect(page.getByTestId('welcome')).toBeVisible();
    await page.getByTestId('playback-speed').selectOption('100');
    await page.getByTestId(`lesson-${lesson.id}`).click();
    const panel = page.getByTestId('lesson-panel');
    await expect(panel.getByTestId('lesson-title')).toContainText(lesson.title);

    for (const [index, step] of lesson.steps.entries()) {
      await expect(panel.getByTestId('lesson-counter')).toHaveText(`Step ${index + 1} of ${lesson.steps.length}`);
      await expect(panel.getByTestId('lesson-step-title')).toHaveText(step.title);
      if (step.label) await expect(panel.getByTestId('lesson-action')).toContainText(step.label);

      await panel.getByTestId('lesson-action').click();
      await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
      // The nodes the step talks about glow (checked after the step: its action may add one).
      await expect(page.locator('.react-flow__node.es-glow')).toHaveCount(step.highlight.length);
      for (const id of step.highlight) await expect(page.locator(`.react-flow__node.es-glow[data-id="${id}"]`)).toHaveCount(1);

      const outcomes = headless.outcomes.filter((outcome) => outcome.step === index);
      for (const [j, check] of step.checks.entries()) {
        const row = panel.getByTestId(`lesson-check-${j}`);
        const outcome = outcomes[j];
        const before = Number(await row.getAttribute('data-before'));
        const after = Number(await row.getAttribute('data-after'));
        const where = `step ${index + 1} ${check.node} ${check.metric}`;
        expect(before, where).toBeCloseTo(outcome.before, 6);
        expect(after, where).toBeCloseTo(outcome.after ?? NaN, 6);
        // The figure moved the way the narration says, on screen as headless.
        expect(outcome.ok, `${where}: ${outcome.reason}`).toBe(true);
        await expect(row, where).toHaveAttribute('data-ok', 'true');
        const shown = await nodeFigure(page, check, kinds);
        if (shown !== null) {
          // The node shows the same figure, rounded as it prints it.
          const tolerance = check.metric.startsWith('latencyMs') ? Math.max(1, after * 0.05) : 0.5;
          expect(Math.abs(shown - after), `${where} on the node`).toBeLessThanOrEqual(tolerance);
        }
      }
      if (index < lesson.steps.length - 1) await panel.getByTestId('lesson-next').click();
    }
    expect(headless.errors).toEqual([]);
  });
}
