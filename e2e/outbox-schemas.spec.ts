// Lessons 11 and 12 on screen: the dual-write crash loses events with `direct` and none with an
// outbox, the lost event's trace ends where it stopped; a breaking schema change fails the
// consumer until the registry refuses the deploy, shown as the producer's error. Also the
// inspector's database fields and the live "deploy" fault.
import { expect, test, type Page } from '@playwright/test';
import { selectNode } from './editorPage';
import { restore } from '../src/model/restore';
import { schemaChange } from '../src/lessons/schemaChange';
import { encodeLink } from '../src/share/link';

async function openLesson(page: Page, id: string): Promise<void> {
  await page.goto('./');
  await expect(page.getByTestId('welcome')).toBeVisible();
  await page.getByTestId('playback-speed').selectOption('100');
  await page.getByTestId(`lesson-${id}`).click();
}

async function runStep(page: Page): Promise<void> {
  const panel = page.getByTestId('lesson-panel');
  await panel.getByTestId('lesson-action').click();
  await expect(panel).toHaveAttribute('data-phase', 'done', { timeout: 60_000 });
}

async function nextStep(page: Page): Promise<void> {
  await page.getByTestId('lesson-panel').getByTestId('lesson-next').click();
}

test('the dual write: a crash loses events with direct, none with an outbox; the trace shows where one stopped', async ({ page }) => {
  await openLesson(page, 'dual-write');
  await expect(page.getByTestId('node-db-direct')).toHaveText('DB · direct (send buffer 50 ms)');
  await expect(page.getByTestId('node-db-outbox')).toHaveText('DB · outbox (relay every 200 ms)');
  await runStep(page);
  await expect(page.getByTestId('db-lost-direct')).toHaveCount(0);
  await nextStep(page);

  await runStep(page);
  const lost = page.getByTestId('db-lost-direct');
  await expect(lost).toBeVisible();
  expect(Number(await lost.getAttribute('data-lost'))).toBeGreaterThan(0);
  const key = /key (\d+)/.exec((await lost.textContent()) ?? '')?.[1];
  expect(key).toBeDefined();
  await page.screenshot({ path: 'test-results/outbox-schemas/dual-write-lost.png' });
  await nextStep(page);

  // Look for the lost event: its journey ends at the service, committed and never published.
  await page.getByTestId('dock-tab-trace').click();
  await page.getByTestId('trace-key').fill(key ?? '');
  await page.getByTestId('trace-search').click();
  const lostJourney = page.getByTestId('trace-journeys').getByRole('button', { name: /lost: committed, never published/ });
  await expect(lostJourney.first()).toBeVisible();
  await lostJourney.first().click();
  const steps = page.getByTestId('journey').getByTestId('journey-step');
  await expect(steps.last()).toHaveAttribute('data-what', 'lost');
  await expect(steps.last()).toContainText('Lost at Orders · direct: never published');
  await expect(steps.last()).toContainText('the row is committed, the event was never published');
  await expect(page.getByTestId('journey')).not.toContainText('accepted (direct)');
  await page.screenshot({ path: 'test-results/outbox-schemas/dual-write-trace.png' });
  await runStep(page);
  await nextStep(page);

  await runStep(page);
  await expect(page.getByTestId('db-lost-outbox')).toHaveCount(0);
  await expect(page.getByTestId('node-db-outbox')).toContainText(/\d+ rows · \d+ out/);
  await page.screenshot({ path: 'test-results/outbox-schemas/dual-write-outbox.png' });
});

test('a breaking schema change fails the consumer; the registry refuses it, as the producer’s error', async ({ page }) => {
  await openLesson(page, 'schema-change');
  await expect(page.getByTestId('schema-version-checkout')).toHaveText('writes v1 of 2');
  await expect(page.getByTestId('schema-reads-email')).toHaveText('reads v1');
  await runStep(page);
  await nextStep(page);

  await runStep(page);
  await expect(page.getByTestId('schema-version-checkout')).toHaveText('writes v2 of 2');
  await expect(page.getByTestId('schema-reads-email')).toContainText(/reads v1 · \d+ unreadable/);
  await page.screenshot({ path: 'test-results/outbox-schemas/schema-broken.png' });
  await nextStep(page);

  await runStep(page);
  await expect(page.getByTestId('schema-version-checkout')).toHaveText('writes v1 of 2');
  await nextStep(page);
  await runStep(page);
  await nextStep(page);
  const unreadable = await page.getByTestId('schema-reads-email').textContent();
  await runStep(page);
  await expect(page.getByTestId('schema-error-checkout')).toHaveText(
    'deploy of v2 refused by the schema registry of orders: v2 (rename-field) is not backward compatible with v1',
  );
  await expect(page.getByTestId('schema-version-checkout')).toHaveText('writes v1 of 2');
  await expect(page.getByTestId('schema-reads-email')).toHaveText(unreadable ?? '');
  await page.screenshot({ path: 'test-results/outbox-schemas/schema-refused.png' });
});

test('the inspector gives a service a database and an outbox; a producer with a schema offers "deploy" live', async ({ page }) => {
  const restored = restore(schemaChange.document);
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  await page.goto(`./#${encodeLink(restored.document)}`);
  await expect(page.locator('.react-flow__node[data-id="email"]')).toBeVisible();
  await selectNode(page, 'email');
  await page.locator('#node-database').check();
  await expect(page.getByTestId('node-db-email')).toHaveText('DB · direct (send buffer 5 ms)');
  await page.locator('#node-database-publish').selectOption('outbox');
  await page.locator('#node-database-pollMs').fill('250');
  await page.locator('#node-database-pollMs').press('Tab');
  await expect(page.getByTestId('node-db-email')).toHaveText('DB · outbox (relay every 250 ms)');
  await page.locator('#node-reads').fill('1, 2');
  await expect(page.getByTestId('schema-reads-email')).toHaveText('reads v1, v2');
  await page.screenshot({ path: 'test-results/outbox-schemas/inspector.png' });

  await page.getByTestId('play-toggle').click();
  await page.locator('.react-flow__node[data-id="checkout"]').click({ button: 'right' });
  await expect(page.getByTestId('fault-deploy')).toHaveText('Deploy version');
  await page.getByTestId('fault-deploy').click();
  await expect(page.getByTestId('schema-version-checkout')).toHaveText('writes v2 of 2');
});
