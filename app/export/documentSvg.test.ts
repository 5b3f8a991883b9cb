import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { restore } from '../../src/model/restore';
import type { TopologyDocument } from '../../src/model/types';
import { documentSvg } from './documentSvg';

function example(name: string): TopologyDocument {
  const result = restore(JSON.parse(readFileSync(`public/examples/${name}.json`, 'utf8')));
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.document;
}

/** Whether every element opened in `svg` is closed in order (a small well-formedness check). */
function balanced(svg: string): boolean {
  const open: string[] = [];
  for (const match of svg.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return false;
  }
  return open.length === 0;
}

describe('the SVG export', () => {
  it('draws every node with its label and every edge of the checkout example', () => {
    const doc = example('checkout');
    const svg = documentSvg(doc, {});
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(balanced(svg)).toBe(true);
    for (const node of doc.nodes) expect(svg).toContain(`data-node="${node.id}"`);
    for (const edge of doc.edges) expect(svg).toContain(`data-edge="${edge.id}"`);
    expect(svg.match(/ data-node=/g)).toHaveLength(doc.nodes.length);
  });

  it('escapes labels so that no text breaks the markup', () => {
    const result = restore({
      format: 'eventscape/1',
      name: 'A <b> & "c"',
      nodes: [{ id: 'p', kind: 'producer', label: '<script>&amp;', position: { x: 0, y: 0 } }],
      edges: [],
    });
    if (!result.ok) throw new Error(result.errors.join('\n'));
    const svg = documentSvg(result.document, {});
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(svg).toContain('&#60;script&#62;&#38;amp;');
    expect(balanced(svg)).toBe(true);
  });

  it('frames every node, measured sizes included, inside the view box', () => {
    const doc = example('checkout');
    const sizes = Object.fromEntries(doc.nodes.map((node) => [node.id, { width: 300, height: 120 }]));
    const svg = documentSvg(doc, sizes);
    const [x, y, width, height] = /viewBox="([-\d.]+) ([-\d.]+) ([-\d.]+) ([-\d.]+)"/.exec(svg)!.slice(1).map(Number);
    for (const node of doc.nodes) {
      expect(node.position.x).toBeGreaterThanOrEqual(x);
      expect(node.position.y).toBeGreaterThanOrEqual(y);
      expect(node.position.x + 300).toBeLessThanOrEqual(x + width);
      expect(node.position.y + 120).toBeLessThanOrEqual(y + height);
    }
  });
});
