// What a share link may carry beside its document (`d=`): a second document to compare with
// (`b=`, encoded like `d=`) and the moment of the run to open at (`t=` simulated seconds). Both are
// optional parts of the fragment, joined with `&`; a link without them is read as before, and a
// reader that does not know them ignores them. The second document passes `restore` like the first.
import type { TopologyDocument } from '../model/types';
import { LIMITS } from '../model/limits';
import { decodeLink, encodeLink, type LinkResult } from './link';

export interface LinkExtras {
  /** The compare document, decoded (or why it could not be), or null when the link has none. */
  compare: LinkResult | null;
  /** Simulated seconds to open the run at, or null. */
  at: number | null;
  /** What was wrong with `t=`, if anything. */
  warnings: string[];
}

function part(fragmentOrUrl: string, name: string): string | null {
  const hash = fragmentOrUrl.indexOf('#');
  const fragment = hash < 0 ? fragmentOrUrl : fragmentOrUrl.slice(hash + 1);
  for (const piece of fragment.split('&')) {
    const trimmed = piece.trimStart();
    if (trimmed.startsWith(`${name}=`)) return trimmed.slice(name.length + 1);
  }
  return null;
}

/** Reads `b=` and `t=` of a link fragment (or whole URL). Never throws. */
export function decodeLinkExtras(fragmentOrUrl: string): LinkExtras {
  const warnings: string[] = [];
  const b = part(fragmentOrUrl, 'b');
  const compare = b === null ? null : decodeLink(`d=${b}`);
  const t = part(fragmentOrUrl, 't');
  let at: number | null = null;
  if (t !== null) {
    const seconds = Number(t);
    const most = LIMITS.timeMs / 1000;
    if (t.trim() !== '' && Number.isFinite(seconds) && seconds >= 0 && seconds <= most) at = seconds;
    else warnings.push(`t: must be a number of seconds from 0 to ${most.toLocaleString('en-US')}; the run opens at its start`);
  }
  return { compare, at, warnings };
}

/** The extra parts for a link: `&b=…` when comparing with `compare`, `&t=…` when `at` is given. */
export function encodeLinkExtras(compare: TopologyDocument | null, at: number | null): string {
  let extra = '';
  if (compare) extra += `&b=${encodeLink(compare).slice(2)}`;
  if (at !== null && Number.isFinite(at) && at > 0) extra += `&t=${Math.round(at * 10) / 10}`;
  return extra;
}
