// A topology as a Mermaid flowchart, for pasting into documentation. The chart shows structure only
// (nodes, edges, what is published); the simulation settings stay in the JSON document.
import { defaultPublishes } from '../model/defaults';
import type { NodeKind, TopologyDocument, TopologyEdge, TopologyNode } from '../model/types';

/** The Mermaid shape of each node kind: text before and after the quoted label. */
const SHAPES: Record<NodeKind, readonly [string, string]> = {
  producer: ['([', '])'],
  client: ['[/', '/]'],
  topic: ['[(', ')]'],
  service: ['(', ')'],
  orchestrator: ['[[', ']]'],
  broker: ['[\\', '/]'],
  processor: ['{{', '}}'],
};

/** Fill and stroke per kind, readable on light and dark Mermaid themes. */
const CLASS_STYLES: Record<NodeKind, string> = {
  producer: 'fill:#dbeafe,stroke:#2563eb,color:#0f172a',
  client: 'fill:#ede9fe,stroke:#7c3aed,color:#0f172a',
  topic: 'fill:#fef3c7,stroke:#d97706,color:#0f172a',
  service: 'fill:#dcfce7,stroke:#16a34a,color:#0f172a',
  orchestrator: 'fill:#fce7f3,stroke:#db2777,color:#0f172a',
  broker: 'fill:#e2e8f0,stroke:#475569,color:#0f172a',
  processor: 'fill:#cffafe,stroke:#0891b2,color:#0f172a',
};

// Words Mermaid's flowchart grammar reserves; a node named like one would end or break the chart.
const RESERVED_IDS = new Set([
  'end', 'graph', 'flowchart', 'subgraph', 'direction', 'style', 'classdef', 'class', 'click',
  'linkstyle', 'call', 'href', 'default', 'interpolate', 'callback', 'tb', 'td', 'bt', 'rl', 'lr',
]);

/**
 * Characters that would end a quoted label or start markup inside it, written as Mermaid entity
 * codes (`#34;` is `"`). `#` itself is escaped first so an existing `#…;` is not read as a code.
 */
const LABEL_ESCAPES: Record<string, string> = {
  '#': '#35;',
  '"': '#34;',
  '&': '#38;',
  '<': '#60;',
  '>': '#62;',
  '`': '#96;',
  '|': '#124;',
  ';': '#59;',
};

/** A label made safe to sit between double quotes in a Mermaid chart, on one line. */
export function escapeMermaidLabel(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/[#"&<>`|;]/g, (c) => LABEL_ESCAPES[c]);
}

/** Mermaid ids per document node id: the node's own id when Mermaid can read it, else `n<index>`. */
function mermaidIds(nodes: readonly TopologyNode[]): Map<string, string> {
  const readable = (id: string) => /^[A-Za-z][A-Za-z0-9_]*$/.test(id) && !RESERVED_IDS.has(id.toLowerCase());
  const ids = new Map<string, string>();
  // Readable ids are claimed first so a generated `n3` never takes the name of a node called n3.
  const taken = new Set(nodes.map((node) => node.id).filter(readable));
  for (const id of taken) ids.set(id, id);
  nodes.forEach((node, index) => {
    if (ids.has(node.id)) return;
    let id = `n${index}`;
    while (taken.has(id)) id = `${id}_`;
    taken.add(id);
    ids.set(node.id, id);
  });
  return ids;
}

/** What a publish edge carries: the source's event types, or the event its service publishes. */
function publishedTypes(source: TopologyNode | undefined): string {
  if (source?.kind === 'producer') return source.config.eventTypes.join(', ');
  if (source?.kind === 'service') return source.config.publishes || defaultPublishes(source.label);
  return 'publishes';
}

function callLabel(edge: Extract<TopologyEdge, { kind: 'call' }>): string {
  const parts = ['calls'];
  if (edge.config.timeout !== null) parts.push(`timeout ${edge.config.timeout} ms`);
  if (edge.config.retries > 0) parts.push(`${edge.config.retries} ${edge.config.retries === 1 ? 'retry' : 'retries'}`);
  return parts.join(' · ');
}

/** The arrow and optional label of an edge, by kind: call thick, dead letter dotted. */
function edgeArrow(edge: TopologyEdge, source: TopologyNode | undefined): string {
  const labelled = (arrow: string, label: string) => `${arrow}|"${escapeMermaidLabel(label)}"|`;
  switch (edge.kind) {
    case 'publish':
      return labelled('-->', publishedTypes(source));
    case 'subscribe':
      return edge.config.startFrom === 'latest' ? labelled('-->', 'from latest') : '-->';
    case 'call':
      return labelled('==>', callLabel(edge));
    case 'deadletter':
      return labelled('-.->', 'dead letters');
  }
}

/** The document as a Mermaid `flowchart LR`: one shape per node kind, one arrow style per edge kind. */
export function toMermaid(doc: TopologyDocument): string {
  const ids = mermaidIds(doc.nodes);
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  const lines: string[] = [];
  if (doc.name.trim()) lines.push('---', `title: ${JSON.stringify(doc.name)}`, '---');
  lines.push('flowchart LR');
  for (const node of doc.nodes) {
    const [open, close] = SHAPES[node.kind];
    lines.push(`  ${ids.get(node.id)}${open}"${escapeMermaidLabel(node.label || node.id)}"${close}`);
  }
  for (const edge of doc.edges) {
    const source = ids.get(edge.source);
    const target = ids.get(edge.target);
    // restore rejects dangling edges; skipping keeps an unrestored document from breaking the chart.
    if (!source || !target) continue;
    lines.push(`  ${source} ${edgeArrow(edge, byId.get(edge.source))} ${target}`);
  }
  for (const kind of Object.keys(SHAPES) as NodeKind[]) {
    const members = doc.nodes.filter((node) => node.kind === kind).map((node) => ids.get(node.id));
    if (members.length === 0) continue;
    lines.push(`  classDef ${kind} ${CLASS_STYLES[kind]}`, `  class ${members.join(',')} ${kind}`);
  }
  return `${lines.join('\n')}\n`;
}
