// The exports, loaded when one is first chosen: the SVG drawing and the Mermaid writer are not
// needed for the first screen. Each returns once the export is done, as the eager ones do.
const loaded = () => import('./exports');

/** The canvas as an SVG file. */
export const exportSvg = async (): Promise<void> => (await loaded()).exportSvg();
/** The canvas as a PNG file. */
export const exportPng = async (): Promise<void> => (await loaded()).exportPng();
/** The topology as a Mermaid flowchart file. */
export const exportMermaid = async (): Promise<void> => (await loaded()).exportMermaid();
/** The topology as a Mermaid flowchart on the clipboard. */
export const copyMermaid = async (): Promise<void> => (await loaded()).copyMermaid();
