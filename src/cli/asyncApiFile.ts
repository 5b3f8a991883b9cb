// `npm run sim -- spec.asyncapi.yaml`: an AsyncAPI file is imported (official parser, mapping,
// restore) and handed to the simulation as Eventscape JSON, so a team can run its own spec.
import { importAsyncApi } from '../interop/asyncapi/asyncApi';
import { looksLikeAsyncApi, type SpecParser } from '../interop/asyncapi/parseSpec';
import { serialize } from '../model/serialize';

/** The file's text as Eventscape JSON (AsyncAPI imported, anything else as it is), or why not. */
export async function asEventscapeText(text: string, file: string, parser: () => Promise<SpecParser>, stderr: (text: string) => void): Promise<string | null> {
  if (!looksLikeAsyncApi(text)) return text;
  const result = await importAsyncApi(text, await parser());
  if (!result.ok) {
    stderr(`sim: ${file}: ${result.title}:\n${result.errors.map((e) => `  ${e}\n`).join('')}`);
    return null;
  }
  for (const note of result.notes) stderr(`sim: ${file}: not mapped: ${note}\n`);
  return JSON.stringify(serialize(result.document));
}
