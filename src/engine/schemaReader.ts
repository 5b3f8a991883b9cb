// A consumer that declares the schema versions it `reads`: an event of another version it cannot
// read (see canRead in model/schema.ts) fails its attempt, like any failure: retried after
// backoff, then dead-lettered or dropped. Upcasting reads versions older than its oldest.
import { readProblem } from '../model/schema';
import type { SchemaBook } from './schemaBook';

/** What a service reads, and how many of its attempts failed on a version it cannot read. */
export class SchemaReader {
  unreadable = 0;

  constructor(
    public reads: number[],
    public upcast: boolean,
  ) {}

  /** Why an event of type index `type` cannot be read, or null when it can. */
  problem(book: SchemaBook, type: number): string | null {
    const version = book.versionOf[type] ?? 0;
    const changes = book.changesOf[type] ?? null;
    if (version === 0 || changes === null) return null;
    return readProblem(changes, this.reads, this.upcast, version);
  }
}

/** The reader after a config change: kept (with its count) while `reads` is set, null without it. */
export function configureReader(reader: SchemaReader | null, reads: number[] | undefined, upcast: boolean): SchemaReader | null {
  if (reads === undefined) return null;
  if (reader === null) return new SchemaReader(reads, upcast);
  reader.reads = reads;
  reader.upcast = upcast;
  return reader;
}
