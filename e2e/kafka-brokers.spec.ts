// Brokers: build a three-broker cluster on the canvas, replicate a topic on it, crash the broker
// leading a partition live, and read the new leader and the pause on screen.
import { expect, test, type Page } from '@playwright/test';
import { connect, dropFromPalette, expectNodeIds, node, openEmptyEditor, selectNode, setField } from './editorPage';

async function leaderOf(page: Page, topic: string, partition: number): Promise<string> {
  return (await page.getByTestId(`live-leader-${topic}-${partition}`).getAttribute('data-leader')) ?? '';
}

async function pausedText(page: Page, topic: string): Promise<string> {
  return (await page.getByTestId(`live-paused-${topic}`).textContent()) ?? '';
}

test('a three-broker cluster elects a new leader when the leading broker crashes, and shows the pause', async ({ page }) => {
  await openEmptyEditor(page);
  await dropFromPalette(page, 'producer', 0.12, 0.3);
  await dropFromPalette(page, 'topic', 0.42, 0.3);
  await dropFromPalette(page, 'service', 0.75, 0.3);
  await dropFromPalette(page, 'broker', 0.2, 0.78);
  await dropFromPalette(page, 'broker', 0.47, 0.78);
  await dropFromPalette(page, 'broker', 0.74, 0.78);
  await expectNodeIds(page, ['producer-1', 'topic-1', 'service-1', 'broker-1', 'broker-2', 'broker-3']);
  // Brokers take no edges: they have no handles to drag from.
  await expect(node(page, 'broker-1').locator('.react-flow__handle')).toHaveCount(0);

  await connect(page, 'producer-1', 'topic-1');
  await connect(page, 'topic-1', 'service-1');

  await selectNode(page, 'producer-1');
  await setField(page, 'node-rate', '100');
  await selectNode(page, 'topic-1');
  await setField(page, 'node-partitions', '3');
  await setField(page, 'node-replicationFactor', '3');
  await setField(page, 'node-minInSync', '2');
  await setField(page, 'node-electionMs', '3000');
  await expect(page.getByTestId('node-summary-topic-1')).toHaveText('3 partitions');
  await expect(node(page, 'topic-1')).toContainText('RF 3 · min ISR 2');

  await page.getByTestId('play-toggle').click();
  await expect.poll(() => leaderOf(page, 'topic-1', 0)).toBe('broker-1');
  await expect(page.getByTestId('live-leader-topic-1-0')).toContainText('3/3');
  await expect(page.getByTestId('live-broker-state-broker-1')).toHaveText('up');
  await expect(page.getByTestId('live-broker-leads-broker-1')).toContainText('leads 1');
  await page.screenshot({ path: 'test-results/kafka-brokers-running.png' });

  await node(page, 'broker-1').click({ button: 'right' });
  await expect(page.getByTestId('fault-menu')).toBeVisible();
  await expect(page.getByTestId('fault-partition')).toHaveText('Cut off (network partition)');
  await page.getByTestId('fault-crash').click();

  await expect(page.getByTestId('live-broker-state-broker-1')).toHaveText('crashed');
  await expect.poll(() => leaderOf(page, 'topic-1', 0)).toBe('');
  await expect(page.getByTestId('live-leader-topic-1-0')).toContainText('no leader');
  await page.screenshot({ path: 'test-results/kafka-brokers-no-leader.png' });

  // The election comes after the 3 s election delay: a follower in sync takes over.
  await expect.poll(() => leaderOf(page, 'topic-1', 0), { timeout: 20_000 }).toMatch(/^broker-[23]$/);
  await expect(page.getByTestId('live-elections-topic-1')).toHaveText('1 election');
  const paused = await pausedText(page, 'topic-1');
  expect(paused).toMatch(/^paused 3(\.0)? s$/);
  await expect(page.getByTestId('live-leader-topic-1-0')).toContainText('2/3');
  await expect(page.getByTestId('live-lost-topic-1')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/kafka-brokers-new-leader.png' });
});
