// The teacher's signature on every room command. The relay passes whatever anyone with the room
// code writes, so a student trusts a command only when it carries a valid ECDSA P-256 signature by
// the key whose public half came in the room link (never from the relay), over the room's code,
// the command's sequence number and its exact text. Ed25519 would be shorter, but ECDSA P-256 is
// in WebCrypto everywhere the app runs (every browser, Node 20) without a flag.
const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGNATURE = { name: 'ECDSA', hash: 'SHA-256' } as const;
/** Marks what a signature covers, so a signature made for something else never passes as a command's. */
const CONTEXT = 'eventscape-room-command/1';
/** A time beacon's mark: a beacon copied into the log never opens as a command, nor a command as a beacon. */
const BEACON_CONTEXT = 'eventscape-room-time/1';

export interface RoomKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** The public key as the room link carries it (base64url of the raw point). */
  publicText: string;
}

/** A command as the room log holds it: `seq.signature.commandText`. */
export interface OpenedEntry {
  seq: number;
  text: string;
}

export type Opened = ({ ok: true } & OpenedEntry) | { ok: false; error: string };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}

function signed(room: string, seq: number, text: string, context = CONTEXT): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${context}\n${room}\n${seq}\n${text}`);
}

/** A new key pair for a room (extractable, so the teacher's browser can keep it across reloads). */
export async function createRoomKeys(): Promise<RoomKeys> {
  const pair = await crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']);
  return { privateKey: pair.privateKey, publicKey: pair.publicKey, publicText: await publicKeyText(pair.publicKey) };
}

/** The public key as base64url text, for the room link. */
export async function publicKeyText(key: CryptoKey): Promise<string> {
  return toBase64Url(new Uint8Array(await crypto.subtle.exportKey('raw', key)));
}

/** The public key a room link carries, or null when the text cannot be one. */
export async function readPublicKey(text: string): Promise<CryptoKey | null> {
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length !== 65) return null;
  try {
    return await crypto.subtle.importKey('raw', bytes, ALGORITHM, true, ['verify']);
  } catch {
    return null;
  }
}

/** The private key as JSON (a JWK, which also holds the public point), to keep in the teacher's browser. */
export async function exportRoomKeys(keys: RoomKeys): Promise<JsonWebKey> {
  return crypto.subtle.exportKey('jwk', keys.privateKey);
}

/** The key pair back from `exportRoomKeys`, or null when the JSON is not one. */
export async function importRoomKeys(jwk: JsonWebKey): Promise<RoomKeys | null> {
  try {
    const privateKey = await crypto.subtle.importKey('jwk', jwk, ALGORITHM, true, ['sign']);
    const { d: _d, key_ops: _ops, ...publicJwk } = jwk;
    const publicKey = await crypto.subtle.importKey('jwk', { ...publicJwk, key_ops: ['verify'] }, ALGORITHM, true, ['verify']);
    return { privateKey, publicKey, publicText: await publicKeyText(publicKey) };
  } catch {
    return null;
  }
}

/** The log entry of command `text`, number `seq` of room `room`, signed with `key`. */
export async function signEntry(key: CryptoKey, room: string, seq: number, text: string, context = CONTEXT): Promise<string> {
  const signature = new Uint8Array(await crypto.subtle.sign(SIGNATURE, key, signed(room, seq, text, context)));
  return `${seq}.${toBase64Url(signature)}.${text}`;
}

/** A time beacon: `text` said after command number `seq`, signed with `key` (never valid as a log entry). */
export function signBeacon(key: CryptoKey, room: string, seq: number, text: string): Promise<string> {
  return signEntry(key, room, seq, text, BEACON_CONTEXT);
}

/** Open a time beacon made by `signBeacon`; never throws. */
export function openBeacon(key: CryptoKey, room: string, beacon: unknown): Promise<Opened> {
  return openEntry(key, room, beacon, BEACON_CONTEXT);
}

/** Open a log entry: its number and command text when `key` signed exactly them for `room`; never throws. */
export async function openEntry(key: CryptoKey, room: string, entry: unknown, context = CONTEXT): Promise<Opened> {
  const unsigned = { ok: false, error: 'an entry not signed by the teacher (the room only takes commands the teacher’s key signed)' } as const;
  if (typeof entry !== 'string') return unsigned;
  const first = entry.indexOf('.');
  const second = entry.indexOf('.', first + 1);
  if (first <= 0 || second < 0 || !/^\d{1,9}$/.test(entry.slice(0, first))) return unsigned;
  const seq = Number(entry.slice(0, first));
  const signature = fromBase64Url(entry.slice(first + 1, second));
  const text = entry.slice(second + 1);
  if (!signature || signature.length !== 64) return unsigned;
  try {
    if (await crypto.subtle.verify(SIGNATURE, key, signature, signed(room, seq, text, context))) return { ok: true, seq, text };
  } catch {
    // A key or signature WebCrypto cannot use reads as a wrong signature.
  }
  return { ok: false, error: `command #${seq}: the signature is not the teacher’s for this room (forged, or copied from another room)` };
}
