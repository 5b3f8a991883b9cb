// The example documents shipped in public/examples/. Their names are listed at build time; each is
// fetched by a relative URL when opened, so the built site works from any path and offline.
import { readIncoming, type Incoming } from '../../src/editor/incoming';

/** File names of the examples without `.json`, in alphabetical order. */
// Written as Object.keys(import.meta.glob(...)) so the build keeps only the names, not the files.
export const EXAMPLE_NAMES: readonly string[] = Object.keys(import.meta.glob('../../public/examples/*.json'))
  .map((path) => path.slice(path.lastIndexOf('/') + 1).replace(/\.json$/, ''))
  .sort();

/** The example the app opens when there is no autosaved work. */
export const START_EXAMPLE = 'checkout';

/** "call-chain" → "Call chain". */
export function exampleTitle(name: string): string {
  const words = name.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Fetch an example and read it through `restore`. */
export async function fetchExample(name: string): Promise<Incoming> {
  const source = `The example “${exampleTitle(name)}”`;
  try {
    const response = await fetch(`examples/${encodeURIComponent(name)}.json`);
    if (!response.ok) return { ok: false, title: `${source} could not be loaded`, errors: [`the server answered ${response.status}`] };
    return readIncoming(await response.text(), source);
  } catch (error) {
    return { ok: false, title: `${source} could not be loaded`, errors: [error instanceof Error ? error.message : String(error)] };
  }
}
