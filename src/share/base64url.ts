// base64url (RFC 4648 §5) without padding, for the data of a share link. Decoding is tolerant of
// what chat apps and mail clients do to a link: it drops whitespace and line breaks, percent-encoded
// whitespace and padding, trailing punctuation, and accepts the standard alphabet's `+` and `/`.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Value of each character code in either alphabet, -1 for characters outside both. */
const VALUES = (() => {
  const values = new Int8Array(128).fill(-1);
  for (let i = 0; i < ALPHABET.length; i++) values[ALPHABET.charCodeAt(i)] = i;
  values['+'.charCodeAt(0)] = 62;
  values['/'.charCodeAt(0)] = 63;
  return values;
})();

export type Base64Decoded =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'cut-off' }
  | { ok: false; reason: 'bad-character'; character: string; position: number };

/** The bytes as unpadded base64url text. */
export function encodeBase64Url(bytes: Uint8Array): string {
  let text = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    text += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i] << 16;
    text += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8);
    text += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  return text;
}

/**
 * The link data as it was before a chat app touched it: whitespace (raw or percent-encoded) removed,
 * percent-encoded `+ / =` restored, and anything after the last base64 character dropped (a chat app
 * often glues the `)` `.` `>` or `"` that followed the link onto it).
 */
export function cleanBase64Text(text: string): string {
  const unescaped = text
    .replace(/%(?:20|0A|0D|09)/gi, '')
    .replace(/%2B/gi, '+')
    .replace(/%2F/gi, '/')
    .replace(/%3D/gi, '=')
    .replace(/\s+/g, '');
  return unescaped.replace(/[^A-Za-z0-9\-_+/]+$/, '').replace(/=+$/, '');
}

/** The bytes of base64 or base64url text, after `cleanBase64Text`; never throws. */
export function decodeBase64Url(text: string): Base64Decoded {
  const clean = cleanBase64Text(text);
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let bitCount = 0;
  let out = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const value = code < 128 ? VALUES[code] : -1;
    if (value < 0) {
      const character = String.fromCodePoint(clean.codePointAt(i) ?? code);
      return { ok: false, reason: 'bad-character', character, position: i };
    }
    bits = ((bits << 6) | value) & 0xffffff;
    bitCount += 6;
    if (bitCount >= 8) {
      bitCount -= 8;
      bytes[out++] = (bits >> bitCount) & 0xff;
    }
  }
  // A single character beyond a whole group carries fewer than 8 bits: the text was cut mid-byte.
  if (clean.length % 4 === 1) return { ok: false, reason: 'cut-off' };
  return { ok: true, bytes };
}
