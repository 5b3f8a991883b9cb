// The topology as an AsyncAPI 3.0 YAML file. The mapping is loaded when the export is chosen.
import { editorStore } from '../store/useEditor';
import { fileNameFor } from '../persistence/fileTransfer';

/** Download the document as AsyncAPI 3.0 (YAML). */
export async function exportAsyncApiFile(): Promise<void> {
  const { document: doc, notify } = editorStore.getState();
  try {
    const { exportAsyncApi } = await import('../../src/interop/asyncapi/asyncApi');
    const blob = new Blob([exportAsyncApi(doc, 'yaml')], { type: 'application/yaml' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileNameFor(doc).replace(/\.json$/, '.asyncapi.yaml');
    link.click();
    // The download has started once click() returns; the URL can go at the next turn.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  } catch (error) {
    notify('error', 'The AsyncAPI export could not be made', [error instanceof Error ? error.message : String(error)]);
  }
}
