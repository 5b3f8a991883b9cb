import { describe, expect, it } from 'vitest';
import type { MetricsSnapshot } from '../../src/engine/api';
import { createRateWindow } from './rateWindow';

const at = (now: number): MetricsSnapshot => ({ now, engineEvents: 0, nodes: {}, calls: {} });

describe('rate window', () => {
  it('measures from the last snapshot at least a simulated second old, else from the oldest kept', () => {
    const rates = createRateWindow();
    expect(rates.base(at(0))).toBeNull();
    expect(rates.base(at(200))?.now).toBe(0);
    for (let now = 400; now <= 1000; now += 200) rates.base(at(now));
    expect(rates.base(at(1200))?.now).toBe(200);
    expect(rates.base(at(1500))?.now).toBe(400);
  });

  it('starts over when time goes back (a seek, a new run) and when cleared', () => {
    const rates = createRateWindow();
    rates.base(at(0));
    rates.base(at(3000));
    expect(rates.base(at(500))).toBeNull();
    rates.clear();
    expect(rates.base(at(600))).toBeNull();
  });
});
