// What `restore` found wrong (errors: the document is rejected) or repaired (warnings: it loads).
// Each message starts with the path of the field it is about, so a person can find it.

export class Report {
  readonly errors: string[] = [];
  readonly warnings: string[] = [];

  /** Record a problem that makes the document invalid. */
  error(path: string, message: string): void {
    this.errors.push(path ? `${path}: ${message}` : message);
  }

  /** Record something repaired or ignored; the document still loads. */
  warn(path: string, message: string): void {
    this.warnings.push(path ? `${path}: ${message}` : message);
  }
}

/** At most `limit` messages, the rest summed up as "... and N more". */
export function capped(messages: readonly string[], limit: number): string[] {
  if (messages.length <= limit) return [...messages];
  return [...messages.slice(0, limit), `... and ${messages.length - limit} more`];
}
