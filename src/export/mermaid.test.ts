import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig, defaultEdgeConfig } from '../model/defaults';
import type { EdgeKind, NodeKind, TopologyDocument, TopologyEdge, TopologyNode } from '../model/types';
import { escapeMermaidLabel, toMermaid } from './mermaid';

function node(id: string, kind: NodeKind, label = id): TopologyNode {
  return { id, kind, label, position: { x: 0, y: 0 }, config: defaultConfig(kind) } as TopologyNode;
}

function edge(id: string, kind: EdgeKind, source: string, target: string): TopologyEdge {
  return { id, kind, source, target, config: defaultEdgeConfig(kind) } as TopologyEdge;
}

function doc(nodes: TopologyNode[], edges: TopologyEdge[] = [], name = 'Checkout'): TopologyDocument {
  return { format: 'eventscape/1', name, seed: 1, nodes, edges, faults: [] };
}

/** Reads a label back the way Mermaid does: entity codes `#NN;` become characters. */
function unescape(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

const NODE_LINE = /^ {2}([A-Za-z][A-Za-z0-9_]*)(\(\[|\[\/|\[\(|\[\[|\()"([^"]*)"(\]\)|\/\]|\)\]|\]\]|\))$/;

describe('toMermaid', () => {
  it('draws each node kind with its own shape, a topic as a cylinder', () => {
    const chart = toMermaid(
      doc([
        node('checkout', 'producer', 'Checkout'),
        node('web', 'client', 'Web'),
        node('orders', 'topic', 'orders'),
        node('email', 'service', 'Email'),
        node('saga', 'orchestrator', 'Order saga'),
      ]),
    );
    expect(chart.split('\n')).toEqual(
      expect.arrayContaining([
        'flowchart LR',
        '  checkout(["Checkout"])',
        '  web[/"Web"/]',
        '  orders[("orders")]',
        '  email("Email")',
        '  saga[["Order saga"]]',
      ]),
    );
    expect(chart.startsWith('---\ntitle: "Checkout"\n---\nflowchart LR\n')).toBe(true);
  });

  it('styles edges by kind: call thick and labelled, dead letter dotted, publish named by its event', () => {
    const producer = node('checkout', 'producer', 'Checkout');
    if (producer.kind === 'producer') producer.config.eventTypes = ['OrderPlaced', 'OrderPaid'];
    const call = edge('c', 'call', 'email', 'provider');
    if (call.kind === 'call') Object.assign(call.config, { timeout: 1000, retries: 2 });
    const chart = toMermaid(
      doc(
        [producer, node('orders', 'topic'), node('email', 'service', 'Email'), node('provider', 'service'), node('dlq', 'topic')],
        [
          edge('p', 'publish', 'checkout', 'orders'),
          edge('s', 'subscribe', 'orders', 'email'),
          call,
          edge('d', 'deadletter', 'email', 'dlq'),
          edge('p2', 'publish', 'email', 'dlq'),
        ],
      ),
    );
    const lines = chart.split('\n');
    expect(lines).toContain('  checkout -->|"OrderPlaced, OrderPaid"| orders');
    expect(lines).toContain('  orders --> email');
    expect(lines).toContain('  email ==>|"calls · timeout 1000 ms · 2 retries"| provider');
    expect(lines).toContain('  email -.->|"dead letters"| dlq');
    expect(lines).toContain('  email -->|"EmailCompleted"| dlq');
  });

  it('gives nodes whose ids Mermaid cannot read a generated id, and keeps ids unique', () => {
    const chart = toMermaid(
      doc(
        [node('end', 'service'), node('my-topic', 'topic'), node('n1', 'service'), node('9lives', 'service')],
        [edge('a', 'subscribe', 'my-topic', 'end')],
      ),
    );
    expect(chart).toContain('  n0("end")');
    expect(chart).toContain('  n1_[("my-topic")]');
    expect(chart).toContain('  n1("n1")');
    expect(chart).toContain('  n3("9lives")');
    expect(chart).toContain('  n1_ --> n0');
  });

  it('escapes quotes, brackets, angle brackets and markup in labels', () => {
    const chart = toMermaid(doc([node('a', 'service', 'Say "hi" <b>[x]</b> #1; a|b `c`\nnext')]));
    expect(chart).toContain('  a("Say #34;hi#34; #60;b#62;[x]#60;/b#62; #35;1#59; a#124;b #96;c#96; next")');
  });

  it('leaves the title out when the document has no name, and quotes a name with YAML-hostile text', () => {
    expect(toMermaid(doc([], [], '')).startsWith('flowchart LR\n')).toBe(true);
    expect(toMermaid(doc([], [], 'a: "b" ---'))).toContain('title: "a: \\"b\\" ---"');
  });

  it('writes every label so that reading it back gives the label, whatever it contains', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (label) => {
        const chart = toMermaid(doc([node('a', 'topic', label)], [], ''));
        const line = chart.split('\n')[1];
        const match = NODE_LINE.exec(line);
        expect(match).not.toBeNull();
        const expected = label.replace(/[\r\n\t\u2028\u2029]+/g, ' ') || 'a';
        expect(unescape(match?.[3] ?? '')).toBe(expected);
      }),
      { numRuns: 2000, seed: 6 },
    );
  });

  it('escapes a label once, so existing entity-like text stays literal', () => {
    expect(unescape(escapeMermaidLabel('#35; & #quot;'))).toBe('#35; & #quot;');
  });
});
