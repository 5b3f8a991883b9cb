// The checkout example, restored, for the editor core's tests.
import { readFileSync } from 'node:fs';
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';

/** The checkout example as the app opens it. */
export function checkout(): TopologyDocument {
  const restored = restore(JSON.parse(readFileSync('public/examples/checkout.json', 'utf8')));
  if (!restored.ok) throw new Error(restored.errors.join('\n'));
  return restored.document;
}
