// Which schema version each event type index of a run is, and the changes of its producer's
// schema. A producer writing version n of "OrderPlaced" emits the event type "OrderPlaced vn"
// (version 1 keeps the plain name), so an event's version travels with its type and nothing
// else in the engine needs to know about versions.
import { versionedType } from '../model/schema';
import type { SchemaChange, TopologyDocument } from '../model/types';

/** Schema versions of event types, by type index. */
export class SchemaBook {
  /** Per type index: its schema version, 0 when its producer has no schema. */
  versionOf: number[] = [];
  /** Per type index: the changes of its producer's schema (null: none). */
  changesOf: (SchemaChange[] | null)[] = [];

  /** Learns the versions of the document's producers; `types` is the run's event type list. */
  learn(doc: TopologyDocument, types: readonly string[]): void {
    for (const node of doc.nodes) {
      if (node.kind !== 'producer' || node.config.schema === undefined) continue;
      const changes = node.config.schema.changes;
      for (const base of node.config.eventTypes) {
        for (let version = 1; version <= changes.length + 1; version++) {
          const index = types.indexOf(versionedType(base, version));
          if (index < 0 || this.versionOf[index] > 0) continue;
          this.versionOf[index] = version;
          this.changesOf[index] = changes;
        }
      }
    }
    for (let i = 0; i < types.length; i++) {
      this.versionOf[i] ??= 0;
      this.changesOf[i] ??= null;
    }
  }
}

/** The versioned event types of a document (version 2 and up), to append to its type list. */
export function versionedTypesOf(doc: TopologyDocument): string[] {
  const types: string[] = [];
  for (const node of doc.nodes) {
    if (node.kind !== 'producer' || node.config.schema === undefined) continue;
    for (const base of node.config.eventTypes) {
      for (let version = 2; version <= node.config.schema.changes.length + 1; version++) types.push(versionedType(base, version));
    }
  }
  return types;
}
