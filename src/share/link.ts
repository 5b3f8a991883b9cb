// Share links: a whole document — nodes, edges, seed and fault script — in a URL fragment, which
// browsers never send to a server. The fragment is `d=1.` followed by base64url of the raw-DEFLATE
// UTF-8 JSON of the document in its packed form (packedDocument.ts: the compact document, defaults
// left out, as lists instead of objects). The `1.` is the link version: a later Eventscape that
// changes the encoding writes `d=2.`, and this one says so instead of misreading it. Decoding is defensive, because a link is untrusted input: it stops past
// 1 MiB of inflated text, tells a cut-off link from a damaged one, and ends in `restore` like a file.
import { deflateSync } from 'fflate';
import { restore } from '../model/restore';
import type { TopologyDocument } from '../model/types';
import { decodeBase64Url, encodeBase64Url } from './base64url';
import { inflateLimited } from './inflateLimited';
import { packDocument, unpackDocument } from './packedDocument';

/** The link version this Eventscape writes and reads. */
export const LINK_VERSION = 1;

/** Fragments longer than this may be cut by chat apps; the UI warns and offers the JSON file. */
export const LINK_WARN_LENGTH = 2000;

/** Most bytes of document text a link may inflate to. */
export const LINK_MAX_DOCUMENT_BYTES = 1024 * 1024;

/**
 * Longest link data read at all. A link inflating to 1 MiB needs far less (DEFLATE never expands
 * honest JSON by much), so anything longer is refused before any work is done.
 */
export const LINK_MAX_DATA_LENGTH = 2 * 1024 * 1024;

export type LinkResult =
  | { ok: true; document: TopologyDocument; warnings: string[] }
  | { ok: false; error: string; details?: string[] };

const ASK_FOR_FILE = 'ask for the JSON file instead';
const CUT_OFF = `The link is cut off — it may have been shortened by a chat app; ${ASK_FOR_FILE}.`;
const DAMAGED = 'The link is damaged';

/** The document as a link fragment, `d=1.…` (without the `#`). */
export function encodeLink(doc: TopologyDocument): string {
  const json = JSON.stringify(packDocument(doc));
  const deflated = deflateSync(new TextEncoder().encode(json), { level: 9 });
  return `d=${LINK_VERSION}.${encodeBase64Url(deflated)}`;
}

/** Characters of the document's link fragment (compare with `LINK_WARN_LENGTH`). */
export function linkLength(doc: TopologyDocument): number {
  return encodeLink(doc).length;
}

/**
 * What to tell someone about to share a fragment (from `encodeLink`) this long, or null when chat
 * apps carry it whole.
 */
export function linkLengthWarning(fragment: string): string | null {
  if (fragment.length <= LINK_WARN_LENGTH) return null;
  return (
    `This link is ${fragment.length.toLocaleString('en-US')} characters long; chat apps and mail may cut links ` +
    `longer than ${LINK_WARN_LENGTH.toLocaleString('en-US')} characters. If it does not open, send the JSON file instead.`
  );
}

/** The page address with its fragment replaced by the document's link, the query (e.g. `?embed=1`) kept. */
export function linkUrl(doc: TopologyDocument, pageUrl: string): string {
  const hash = pageUrl.indexOf('#');
  return `${hash < 0 ? pageUrl : pageUrl.slice(0, hash)}#${encodeLink(doc)}`;
}

/** The text after `d=` in a fragment or whole URL, or null when it carries no document. */
function linkData(fragmentOrUrl: string): string | null {
  const hash = fragmentOrUrl.indexOf('#');
  const fragment = hash < 0 ? fragmentOrUrl : fragmentOrUrl.slice(hash + 1);
  for (const part of fragment.split('&')) {
    const trimmed = part.trimStart();
    if (trimmed.startsWith('d=')) return trimmed.slice(2);
  }
  return null;
}

/** Whether a fragment (with or without `#`) or URL carries a shared document, good or bad. */
export function hasLinkDocument(fragmentOrUrl: string): boolean {
  return typeof fragmentOrUrl === 'string' && linkData(fragmentOrUrl) !== null;
}

/**
 * The document in a link fragment (with or without `#`, or a whole URL), or a message that says
 * what is wrong with the link. Never throws.
 */
export function decodeLink(fragment: string): LinkResult {
  try {
    return decode(fragment);
  } catch (error) {
    // Every known failure is handled below; this keeps an unforeseen one from reaching the page.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `${DAMAGED}: it could not be read (${reason}); ${ASK_FOR_FILE}.` };
  }
}

function decode(fragment: string): LinkResult {
  if (typeof fragment !== 'string') return fail('The link is not text.');
  const data = linkData(fragment);
  if (data === null) return fail('The link holds no Eventscape document: there is no "#d=" in it.');
  if (data.length > LINK_MAX_DATA_LENGTH) {
    return fail(`The link is ${data.length.toLocaleString('en-US')} characters long, more than any Eventscape link can be; ${ASK_FOR_FILE}.`);
  }
  const versioned = /^\s*(\d+)\s*\.(.*)$/s.exec(data);
  if (!versioned) {
    // "d=", "d=1" or just whitespace: the link ended before its data began.
    if (/^\s*\d*\s*$/.test(data)) return fail(CUT_OFF);
    return fail(`${DAMAGED}: its data should start with a version such as "${LINK_VERSION}.", but starts with "${data.slice(0, 8)}".`);
  }
  const version = Number(versioned[1]);
  if (version > LINK_VERSION) {
    return fail(
      `This link was made by a newer Eventscape (version ${version}); this one reads version ${LINK_VERSION} links. ` +
        `Open it in the newest Eventscape, or ${ASK_FOR_FILE}.`,
    );
  }
  if (version !== LINK_VERSION) return fail(`${DAMAGED}: version ${versioned[1]} links do not exist; ${ASK_FOR_FILE}.`);

  const bytes = decodeBase64Url(versioned[2]);
  if (!bytes.ok) {
    if (bytes.reason === 'cut-off') return fail(CUT_OFF);
    return fail(`${DAMAGED}: it contains "${bytes.character}", which does not belong in a link; copy it again, or ${ASK_FOR_FILE}.`);
  }
  const inflated = inflateLimited(bytes.bytes, LINK_MAX_DOCUMENT_BYTES);
  if (!inflated.ok) {
    if (inflated.reason === 'cut-off') return fail(CUT_OFF);
    if (inflated.reason === 'too-large') return fail(`The link's document is larger than 1 MiB, the most a link may hold; ${ASK_FOR_FILE}.`);
    return fail(`${DAMAGED}: its data does not decompress; copy it again, or ${ASK_FOR_FILE}.`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(inflated.bytes);
  } catch {
    return fail(`${DAMAGED}: its data is not UTF-8 text; copy it again, or ${ASK_FOR_FILE}.`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(`${DAMAGED}: its data is not JSON; copy it again, or ${ASK_FOR_FILE}.`);
  }
  const unpacked = unpackDocument(parsed);
  if (!unpacked.ok) return fail(`${DAMAGED}: ${unpacked.problem}; ${ASK_FOR_FILE}.`);
  const restored = restore(unpacked.document);
  if (restored.ok) return restored;
  // restore caps its list with a summary line, so the count of the rest is not exact.
  const [first, ...rest] = restored.errors;
  const more = rest.length === 0 ? '' : rest.length === 1 ? ' (and one more problem)' : ' (and more problems)';
  return { ok: false, error: `The link's document is not valid: ${first ?? 'unknown problem'}${more}.`, details: restored.errors };
}

function fail(error: string): LinkResult {
  return { ok: false, error };
}
