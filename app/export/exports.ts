// The exports as the toolbar gives them: the canvas as an SVG or PNG file, the topology as a
// Mermaid flowchart (file or clipboard). Each says what happened, or why it could not be done.
import { toMermaid } from '../../src/export/mermaid';
import type { TopologyDocument } from '../../src/model/types';
import { fileNameFor } from '../persistence/fileTransfer';
import { editorStore } from '../store/useEditor';
import { documentSvg } from './documentSvg';

/** PNG pixels per SVG pixel: sharp on high-density screens and slides. */
const PNG_SCALE = 2;

const state = () => editorStore.getState();

function fileName(doc: TopologyDocument, extension: string): string {
  return fileNameFor(doc).replace(/\.json$/, `.${extension}`);
}

function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has started once click() returns; the URL can go at the next turn.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function currentSvg(): string {
  return documentSvg(state().document, state().nodeSizes);
}

/** Download the canvas as an SVG file. */
export function exportSvg(): void {
  download(new Blob([currentSvg()], { type: 'image/svg+xml' }), fileName(state().document, 'svg'));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the drawing could not be turned into an image'));
    image.src = url;
  });
}

/** Download the canvas as a PNG file, drawn from the same SVG at twice its size. */
export async function exportPng(): Promise<void> {
  const doc = state().document;
  const url = URL.createObjectURL(new Blob([currentSvg()], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(image.naturalWidth * PNG_SCALE));
    canvas.height = Math.max(1, Math.round(image.naturalHeight * PNG_SCALE));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser cannot draw on a canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    // A canvas over the browser's size limit gives no blob.
    if (!png) throw new Error('the picture is too large for this browser; export SVG instead');
    download(png, fileName(doc, 'png'));
  } catch (error) {
    state().notify('error', 'The PNG could not be made', [reason(error)]);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Download the topology as a Mermaid flowchart file. */
export function exportMermaid(): void {
  const doc = state().document;
  download(new Blob([toMermaid(doc)], { type: 'text/plain' }), fileName(doc, 'mmd'));
}

/** Copy the topology's Mermaid flowchart to the clipboard. */
export async function copyMermaid(): Promise<void> {
  try {
    await navigator.clipboard.writeText(toMermaid(state().document));
    state().notify('success', 'Mermaid flowchart copied', ['Paste it into documentation that renders Mermaid.']);
  } catch (error) {
    state().notify('error', 'The clipboard refused the flowchart; download it as a file instead', [reason(error)]);
  }
}
