// The topology drawn as a self-contained SVG file: nodes where they stand on the canvas, shaped and
// coloured by kind, with their labels and settings at a glance; edges on the same curves as the
// canvas, styled by kind. It is drawn from the document (not copied from the screen), so the file
// needs no stylesheet or font of the page and looks the same in any viewer.
import { getBezierPath, Position } from '@xyflow/react';
import type { EdgeKind, NodeKind, TopologyDocument, TopologyNode } from '../../src/model/types';
import { NODE_SIZE } from '../canvas/flowTypes';
import { NODE_KIND_INFO } from '../canvas/kinds';
import { edgeSummary, nodeSummary } from '../canvas/summaries';
import type { Size } from '../store/uiSlice';

export interface SvgPalette {
  background: string;
  node: string;
  border: string;
  text: string;
  muted: string;
  kinds: Record<NodeKind, string>;
  edges: Record<EdgeKind, string>;
}

/** Colours of the light theme: a file is read on paper and slides more often than on dark pages. */
export const LIGHT_PALETTE: SvgPalette = {
  background: '#f8f9fb',
  node: '#ffffff',
  border: '#c4ccd7',
  text: '#1c2330',
  muted: '#5f6b7c',
  kinds: { producer: '#23875a', client: '#0c8a9c', topic: '#b86e00', service: '#3563d9', orchestrator: '#7c48c9', broker: '#5b6678', processor: '#0e8fa8' },
  edges: { publish: '#7b889b', subscribe: '#7b889b', call: '#3563d9', deadletter: '#d03b3b' },
};

const MARGIN = 40;
const FONT = "'Inter', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const DASHES: Record<EdgeKind, string> = { publish: '', subscribe: '', call: '7 4', deadletter: '1.5 4' };

/** Text made safe inside SVG markup (element text and attribute values). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A line cut to fit about `width` px of 12 px text, with an ellipsis when cut. */
function fit(text: string, width: number, charWidth = 6.6): string {
  const most = Math.max(4, Math.floor(width / charWidth));
  return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}

/** The label in full: squeezed to the room there is rather than cut, so the file names every node. */
function labelText(label: string, x: number, room: number, palette: SvgPalette): string {
  const squeeze = label.length * 7.4 > room ? ` textLength="${room}" lengthAdjust="spacingAndGlyphs"` : '';
  return `<text x="${x}" y="27" font-size="13" font-weight="600" fill="${palette.text}"${squeeze}>${escapeXml(label)}</text>`;
}

function sizeOf(node: TopologyNode, sizes: Readonly<Record<string, Size>>): Size {
  return sizes[node.id] ?? NODE_SIZE;
}

/** The outline of a node of each kind, as the canvas draws it. */
function shape(node: TopologyNode, size: Size, palette: SvgPalette): string {
  const { width: w, height: h } = size;
  const colour = palette.kinds[node.kind];
  const base = `fill="${palette.node}" stroke="${palette.border}" stroke-width="1.5"`;
  switch (node.kind) {
    case 'producer':
      return `<path d="M${h / 2} 0H${w - 10}Q${w} 0 ${w} 10V${h - 10}Q${w} ${h} ${w - 10} ${h}H${h / 2}A${h / 2} ${h / 2} 0 0 1 ${h / 2} 0Z" ${base}/>`;
    case 'client':
      return `<rect width="${w}" height="${h}" rx="${h / 2}" ${base}/>`;
    case 'topic':
      return (
        `<rect width="${w}" height="${h}" rx="22" ry="${h / 2}" ${base}/>` +
        `<ellipse cx="${w - 11}" cy="${h / 2}" rx="11" ry="${h / 2}" fill="${colour}" fill-opacity="0.12" stroke="${palette.border}" stroke-width="1.5"/>`
      );
    case 'service':
      return `<rect width="${w}" height="${h}" rx="6" ${base}/><rect width="${w}" height="4" rx="2" fill="${colour}"/>`;
    case 'orchestrator':
      return (
        `<rect width="${w}" height="${h}" rx="8" fill="${palette.node}" stroke="${colour}" stroke-width="1.5"/>` +
        `<rect x="3" y="3" width="${w - 6}" height="${h - 6}" rx="6" fill="none" stroke="${colour}" stroke-width="1.5"/>`
      );
    case 'broker':
      return `<rect width="${w}" height="${h}" rx="4" ${base}/><rect y="${h - 4}" width="${w}" height="4" rx="2" fill="${colour}"/>`;
    case 'processor':
      return `<rect width="${w}" height="${h}" rx="6" ${base}/><rect y="${h - 4}" width="${w}" height="4" rx="2" fill="${colour}"/>`;
  }
}

function nodeGroup(node: TopologyNode, size: Size, palette: SvgPalette): string {
  const [summary, detail] = nodeSummary(node);
  const colour = palette.kinds[node.kind];
  const left = node.kind === 'producer' || node.kind === 'client' ? 18 : 12;
  const textWidth = size.width - left - (node.kind === 'topic' ? 30 : 12);
  const lines = [
    `<circle cx="${left + 10}" cy="22" r="10" fill="${colour}" fill-opacity="0.15"/>`,
    `<text x="${left + 10}" y="26" text-anchor="middle" font-size="11" font-weight="700" fill="${colour}">${escapeXml(NODE_KIND_INFO[node.kind].name.charAt(0))}</text>`,
    labelText(node.label, left + 28, textWidth - 28, palette),
    `<text x="${left}" y="50" font-size="12" fill="${palette.text}">${escapeXml(fit(summary, textWidth))}</text>`,
    detail ? `<text x="${left}" y="67" font-size="11" fill="${palette.muted}">${escapeXml(fit(detail, textWidth, 6))}</text>` : '',
  ];
  return (
    `<g transform="translate(${node.position.x} ${node.position.y})" data-node="${escapeXml(node.id)}">` +
    `<title>${escapeXml(`${NODE_KIND_INFO[node.kind].name}: ${node.label}`)}</title>` +
    shape(node, size, palette) +
    lines.join('') +
    '</g>'
  );
}

function markers(palette: SvgPalette): string {
  return (Object.keys(palette.edges) as EdgeKind[])
    .map(
      (kind) =>
        `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">` +
        `<path d="M0 0L10 5L0 10Z" fill="${palette.edges[kind]}"/></marker>`,
    )
    .join('');
}

/** The whole document as the text of an SVG file. */
export function documentSvg(doc: TopologyDocument, sizes: Readonly<Record<string, Size>>, palette: SvgPalette = LIGHT_PALETTE): string {
  const byId = new Map(doc.nodes.map((node) => [node.id, node]));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const node of doc.nodes) {
    const size = sizeOf(node, sizes);
    minX = Math.min(minX, node.position.x);
    minY = Math.min(minY, node.position.y);
    maxX = Math.max(maxX, node.position.x + size.width);
    maxY = Math.max(maxY, node.position.y + size.height);
  }
  if (doc.nodes.length === 0) [minX, minY, maxX, maxY] = [0, 0, 200, 80];
  const titleHeight = 36;
  const x = Math.floor(minX - MARGIN);
  const y = Math.floor(minY - MARGIN - titleHeight);
  const width = Math.ceil(maxX - minX + 2 * MARGIN);
  const height = Math.ceil(maxY - minY + 2 * MARGIN + titleHeight);

  const edges = doc.edges.map((edge) => {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) return '';
    const from = sizeOf(source, sizes);
    const to = sizeOf(target, sizes);
    const [path, labelX, labelY] = getBezierPath({
      sourceX: source.position.x + from.width,
      sourceY: source.position.y + from.height / 2,
      sourcePosition: Position.Right,
      targetX: target.position.x,
      targetY: target.position.y + to.height / 2,
      targetPosition: Position.Left,
    });
    const colour = palette.edges[edge.kind];
    const dash = DASHES[edge.kind] ? ` stroke-dasharray="${DASHES[edge.kind]}"` : '';
    const label = edgeSummary(edge);
    const labelText = label
      ? `<text x="${labelX}" y="${labelY + 4}" text-anchor="middle" font-size="11" fill="${colour}" stroke="${palette.background}" stroke-width="4" paint-order="stroke">${escapeXml(label)}</text>`
      : '';
    return `<g data-edge="${escapeXml(edge.id)}"><path d="${path}" fill="none" stroke="${colour}" stroke-width="1.8"${dash} marker-end="url(#arrow-${edge.kind})"/>${labelText}</g>`;
  });

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(doc.name)}</title>`,
    `<defs>${markers(palette)}</defs>`,
    `<rect x="${x}" y="${y}" width="${width}" height="${height}" fill="${palette.background}"/>`,
    `<text x="${x + MARGIN / 2}" y="${y + 28}" font-size="16" font-weight="700" fill="${palette.text}">${escapeXml(doc.name)}</text>`,
    ...edges,
    ...doc.nodes.map((node) => nodeGroup(node, sizeOf(node, sizes), palette)),
    '</svg>',
    '',
  ].join('\n');
}
