// The link's optional parts: a compare document and the moment to open at; old links unchanged.
import { describe, expect, it } from 'vitest';
import { documentOf, producer, publish, service, subscribe, topic } from '../engine/testing/buildDocument';
import { decodeLink, encodeLink } from './link';
import { decodeLinkExtras, encodeLinkExtras } from './linkExtras';

const a = documentOf([producer('p'), topic('t')], [publish('p', 't')]);
const b = documentOf([producer('p'), topic('t'), service('s')], [publish('p', 't'), subscribe('t', 's')]);

describe('link extras', () => {
  it('carry a compare document and t= beside the document, which reads as before', () => {
    const link = `#${encodeLink(a)}${encodeLinkExtras(b, 60)}`;
    const main = decodeLink(link);
    expect(main.ok && main.document).toEqual(a);
    const extras = decodeLinkExtras(link);
    expect(extras.at).toBe(60);
    expect(extras.compare?.ok && extras.compare.document).toEqual(b);
    expect(extras.warnings).toEqual([]);
  });

  it('are absent from old links, and a bad t= is named and ignored', () => {
    expect(decodeLinkExtras(`#${encodeLink(a)}`)).toEqual({ compare: null, at: null, warnings: [] });
    expect(encodeLinkExtras(null, null)).toBe('');
    const bad = decodeLinkExtras(`#${encodeLink(a)}&t=-3`);
    expect(bad.at).toBeNull();
    expect(bad.warnings[0]).toMatch(/^t: must be a number of seconds/);
    const broken = decodeLinkExtras(`#${encodeLink(a)}&b=1.xx!`);
    expect(broken.compare?.ok).toBe(false);
  });
});
