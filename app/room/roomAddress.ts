// Room addresses: the code (`?room=K7M2QX`), the teacher's public key (`&key=`), the teacher's own
// address (`?teach=K7M2QX`), the relay (`?relay=wss://…`, else the page's own
// host on port 4455), and the link students open, which also carries the document (`#d=…`) so a
// student can still see it, read-only, when the relay cannot be reached.
import { linkUrl } from '../../src/share/link';
import type { TopologyDocument } from '../../src/model/types';

/** The relay's port when the address names none (as `npm run room-server` listens). */
export const DEFAULT_RELAY_PORT = 4455;
/** Letters and digits that cannot be misread off a projector (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;

/** A new room code from `random` (0 ≤ r < 1). */
export function newRoomCode(random: () => number = Math.random): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[Math.floor(random() * CODE_ALPHABET.length)];
  return code;
}

/** The room code in the query, upper-cased, or null when there is none or it cannot be one. */
export function roomCodeOf(search: string): string | null {
  const code = new URLSearchParams(search).get('room')?.trim().toUpperCase() ?? '';
  return new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`).test(code) ? code : null;
}

/** The relay address: `?relay=` when it is a ws:// or wss:// address, else the page's host on the default port. */
export function relayOf(href: string): string {
  const url = new URL(href);
  const asked = url.searchParams.get('relay');
  if (asked && /^wss?:\/\/[^\s/]+/i.test(asked)) return asked.replace(/\/+$/, '');
  const scheme = url.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${url.hostname}:${DEFAULT_RELAY_PORT}`;
}

/**
 * The link students open: this page with the room's code, the teacher's public key (the trust
 * anchor: it comes with the link, never from the relay), the relay when it is not the default,
 * and the document.
 */
export function roomLink(href: string, code: string, relay: string, doc: TopologyDocument, key: string): string {
  const url = new URL(href);
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) url.searchParams.delete(name);
  url.searchParams.set('room', code);
  url.searchParams.set('key', key);
  if (relay !== relayOf(url.toString())) url.searchParams.set('relay', relay);
  return linkUrl(doc, url.toString());
}

/** The teacher's own address while a room runs (`?teach=CODE`): reloading it resumes the room. */
export function teacherAddress(href: string, code: string, relay: string): string {
  const url = new URL(href);
  url.hash = '';
  for (const name of [...url.searchParams.keys()]) url.searchParams.delete(name);
  url.searchParams.set('teach', code);
  if (relay !== relayOf(url.toString())) url.searchParams.set('relay', relay);
  return url.toString();
}

/** The room a teacher's address resumes, or null. */
export function teacherRoomOf(search: string): string | null {
  return roomCodeOf(`?room=${encodeURIComponent(new URLSearchParams(search).get('teach') ?? '')}`);
}

/** The teacher's public key a student's link carries (base64url text), or null. */
export function roomKeyOf(search: string): string | null {
  const key = new URLSearchParams(search).get('key');
  return key && /^[A-Za-z0-9_-]{20,200}$/.test(key) ? key : null;
}

/** This page without the room: where a student goes on leaving (with `doc` as a link when given). */
export function leaveAddress(href: string, doc: TopologyDocument | null): string {
  const url = new URL(href);
  url.hash = '';
  for (const name of ['room', 'relay', 'key', 'teach']) url.searchParams.delete(name);
  return doc ? linkUrl(doc, url.toString()) : url.toString();
}
