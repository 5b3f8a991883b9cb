import { describe, expect, it } from 'vitest';
import { restore } from '../model/restore';
import { dualWrite } from '../lessons/dualWrite';
import { schemaChange } from '../lessons/schemaChange';
import { decodeLink, encodeLink } from './link';

describe('share links of documents with databases and schemas', () => {
  it('keep the database, the schema, the registry and a deploy fault', () => {
    for (const lesson of [dualWrite, schemaChange]) {
      const raw = { ...(lesson.document as object), faults: [{ at: 2000, node: 'checkout', type: 'deploy', version: 2 }] };
      const result = restore(lesson === dualWrite ? lesson.document : raw);
      if (!result.ok) throw new Error(result.errors.join('\n'));
      const decoded = decodeLink(encodeLink(result.document));
      expect(decoded.ok && decoded.document).toEqual(result.document);
    }
  });
});
