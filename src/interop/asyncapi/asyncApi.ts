// AsyncAPI in and out: a spec text through the official parser, our mapping and `restore` (the one
// gate every input passes); a document out as AsyncAPI 3.0 YAML or JSON.
import { restore } from '../../model/restore';
import type { TopologyDocument } from '../../model/types';
import { exportSpec } from './exportSpec';
import { importSpec } from './importSpec';
import { parseSpec, type SpecParser } from './parseSpec';
import { readSpec } from './specModel';
import { toYaml } from './yaml';

/** An imported AsyncAPI document, or why it could not be imported. */
export type AsyncApiImport =
  | { ok: true; document: TopologyDocument; notes: string[]; warnings: string[]; needsLayout: boolean; version: string }
  | { ok: false; title: string; errors: string[] };

/** Parses, validates and maps an AsyncAPI text (2.x or 3.x, YAML or JSON) to a restored document. */
export async function importAsyncApi(text: string, parser: SpecParser): Promise<AsyncApiImport> {
  const parsed = await parseSpec(text, parser);
  if (!parsed.ok) return { ok: false, title: 'The AsyncAPI document is not valid', errors: parsed.errors };
  const imported = importSpec(readSpec(parsed.spec));
  const restored = restore(imported.document);
  if (!restored.ok) return { ok: false, title: 'The AsyncAPI document maps to a topology Eventscape refuses', errors: restored.errors };
  const version = typeof parsed.spec.asyncapi === 'string' ? parsed.spec.asyncapi : '';
  return { ok: true, document: restored.document, notes: imported.notes, warnings: [...parsed.warnings, ...restored.warnings], needsLayout: imported.needsLayout, version };
}

/** The document as AsyncAPI 3.0 text. */
export function exportAsyncApi(doc: TopologyDocument, format: 'yaml' | 'json' = 'yaml'): string {
  const spec = exportSpec(doc);
  return format === 'yaml' ? toYaml(spec) : `${JSON.stringify(spec, null, 2)}\n`;
}
