// Committed rows waiting to reach the log: a first-in, first-out list of plain records, used as
// a direct publisher's send buffer, an outbox table and a database log. Entries are never moved;
// a head index skips those that are done.

/** One committed row on its way to the topics. */
export interface RowEntry {
  /** The commit's number in its database (0, 1, 2 …). */
  commit: number;
  key: number;
  seq: number;
  sourceTime: number;
  messageId: number;
  flags: number;
  /** When it was committed. */
  at: number;
  /** The instance that committed it. */
  instance: number;
  /** 0 waiting, 1 being relayed (not yet marked sent), 2 done. */
  state: number;
}

export const RowState = { waiting: 0, relaying: 1, done: 2 } as const;

/** A FIFO of committed rows. */
export class RowLog {
  entries: RowEntry[] = [];
  head = 0;

  /** Appends a row. */
  push(entry: RowEntry): void {
    this.entries.push(entry);
  }

  /** Rows not yet done. */
  get size(): number {
    let n = 0;
    for (let i = this.head; i < this.entries.length; i++) if (this.entries[i].state !== RowState.done) n++;
    return n;
  }

  /** The oldest row not yet done, or null. */
  front(): RowEntry | null {
    this.compact();
    return this.head < this.entries.length ? this.entries[this.head] : null;
  }

  /** Drops done rows from the front, and frees the array now and then. */
  compact(): void {
    const entries = this.entries;
    while (this.head < entries.length && entries[this.head].state === RowState.done) this.head++;
    if (this.head > 1024 && this.head * 2 > entries.length) {
      this.entries = entries.slice(this.head);
      this.head = 0;
    }
  }
}
