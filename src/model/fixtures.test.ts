import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { restoreText } from './restore';

// The browser tests load these documents; here they are checked to be what their names say.
const fixture = (name: string) => restoreText(readFileSync(join(__dirname, '../../e2e/fixtures', name), 'utf8'));

describe('e2e fixtures', () => {
  it('small.json and large-200.json are valid', () => {
    const small = fixture('small.json');
    const large = fixture('large-200.json');
    expect(small.ok && small.document.nodes.length).toBe(3);
    expect(large.ok && [large.document.nodes.length, large.document.edges.length]).toEqual([200, 300]);
  });

  it('bad-rules.json names each broken field', () => {
    const result = fixture('bad-rules.json');
    expect(result.ok || result.errors).toEqual([
      'nodes[0].config.rate: must be a finite number > 0 and at most 1,000,000 (per second); it is -5',
      'nodes[1].config.partitions: must be a whole number from 1 to 1,024; it is 0',
      'edges[1]: a subscribe edge cannot go from a producer to a service: it goes from a topic to a service, orchestrator or processor (checkout → email)',
    ]);
  });

  it('bad-syntax.json and unknown-format.json are refused with their reason', () => {
    const syntax = fixture('bad-syntax.json');
    expect(syntax.ok || syntax.errors[0]).toMatch(/^the text is not valid JSON at line 5, column 3: /);
    const format = fixture('unknown-format.json');
    expect(format.ok || format.errors[0]).toMatch(/^format: "eventscape\/9" is not a format/);
  });
});
