import { describe, expect, it } from 'vitest';
import type { Journey, OrderViolation } from '../../../src/engine/api';
import { secondsTicks } from '../charts/chartOptions';
import { axisMax, formatTick, formatValue } from '../charts/chartUnits';
import { describeStep, journeyOutcome } from './journeySteps';
import { formatSeconds } from './simTime';
import { describeViolation } from './violationLog';

const labels: Record<string, string> = { email: 'Email', checkout: 'Checkout', orders: 'Orders' };
const labelOf = (id: string) => labels[id] ?? id;

const violation = (at: number, seq: number): OrderViolation => ({ at, node: 'email', key: 37, seq, previous: seq + 1 });

describe('violation log', () => {
  it('says when, where, which key and which sequence numbers crossed', () => {
    expect(describeViolation(violation(12_400, 5), labelOf)).toBe('12.4 s · Email · key 37: seq 5 applied after seq 6');
  });
});

describe('journey steps in words', () => {
  it('names the producer that published and the service that processed', () => {
    expect(describeStep({ at: 0, node: 'checkout', what: 'produced', detail: 'sequence 3' }, labelOf)).toEqual({
      title: 'Published by Checkout',
      detail: 'sequence 3',
      tone: 'normal',
    });
    expect(describeStep({ at: 5, node: 'email', what: 'processed' }, labelOf)).toMatchObject({ title: 'Processed by Email', tone: 'done' });
  });

  it('writes labels for the node ids inside details', () => {
    expect(describeStep({ at: 0, node: 'checkout', what: 'on its way', detail: 'to orders' }, labelOf).detail).toBe('to Orders');
    expect(describeStep({ at: 0, node: 'checkout', what: 'blocked', detail: 'orders is full' }, labelOf)).toMatchObject({
      detail: 'Orders is full',
      tone: 'warning',
    });
  });

  it('marks deliveries again, duplicates and losses', () => {
    const again = describeStep({ at: 0, node: 'email', what: 'delivered', detail: 'attempt 1 on instance 0, delivered again' }, labelOf);
    expect(again).toMatchObject({ title: 'Delivered again to Email', tone: 'warning' });
    expect(describeStep({ at: 0, node: 'email', what: 'processed', detail: 'duplicate: applied again' }, labelOf).title).toBe(
      'Processed again by Email',
    );
    expect(describeStep({ at: 0, node: 'email', what: 'dead-lettered', detail: 'after 3 attempts' }, labelOf).tone).toBe('loss');
  });

  it('sums up how a journey ended', () => {
    const journey = (whats: string[]): Journey => ({
      messageId: 1,
      key: 1,
      seq: 1,
      type: 'E',
      steps: whats.map((step, at) => {
        const [what, detail] = step.split(': ');
        return detail === undefined ? { at, node: 'email', what } : { at, node: 'email', what, detail };
      }),
    });
    expect(journeyOutcome(journey(['produced', 'appended', 'delivered', 'processed']))).toBe('processed');
    expect(journeyOutcome(journey(['produced', 'delivered', 'failed', 'retrying', 'processed']))).toBe('processed after 1 failed attempt');
    expect(journeyOutcome(journey(['delivered', 'failed', 'retrying', 'failed', 'retrying', 'processed']))).toBe(
      'processed after 2 failed attempts',
    );
    expect(journeyOutcome(journey(['delivered', 'processed', 'delivered', 'processed: duplicate: applied again']))).toBe(
      'processed, and again as a duplicate',
    );
    expect(journeyOutcome(journey(['delivered', 'skipped']))).toBe('skipped (already applied)');
    expect(journeyOutcome(journey(['produced', 'delivered', 'failed', 'dead-lettered']))).toBe('dead-lettered');
    expect(journeyOutcome(journey(['produced', 'appended']))).toBe('on its way');
  });
});

describe('figures', () => {
  it('reads values with their units', () => {
    expect(formatSeconds(12_431, 3)).toBe('12.431 s');
    expect(formatValue(48, 'perSecond')).toBe('48/s');
    expect(formatValue(12.345, 'ms')).toBe('12.3 ms');
    expect(formatValue(1500, 'ms')).toBe('1.5 s');
    expect(formatValue(0.734, 'ratio')).toBe('73%');
    expect(formatValue(null, 'count')).toBe('–');
    expect(formatTick(12_500, 'perSecond')).toBe('13k');
  });
});

describe('chart axes', () => {
  it('gives seconds ticks the decimals their spacing needs', () => {
    expect(secondsTicks([0, 0.5, 1, 1.5])).toEqual(['0.0 s', '0.5 s', '1.0 s', '1.5 s']);
    expect(secondsTicks([10, 20, 30])).toEqual(['10 s', '20 s', '30 s']);
  });

  it('starts the value axis at zero and leaves room above the highest value', () => {
    expect(axisMax(null, 'count')).toBe(1);
    expect(axisMax(100, 'perSecond')).toBeCloseTo(115);
    expect(axisMax(3, 'ms')).toBe(10);
    expect(axisMax(0.4, 'ratio')).toBe(1);
  });
});
