import { describe, expect, it } from 'vitest';
import { own, type Raw } from './fields';
import { migrate, MIGRATIONS, type Migration } from './migrate';
import { restore } from './restore';

// A made-up older format, as a future one would look: nodes were called "boxes", and each box
// had a "type" instead of a kind.
const fromBoxes: Migration = {
  from: 'eventscape/0',
  to: 'eventscape/1',
  migrate(doc: Raw): Raw {
    const boxes = own(doc, 'boxes');
    return {
      format: 'eventscape/1',
      nodes: Array.isArray(boxes) ? boxes.map((box: Raw) => ({ id: own(box, 'name'), kind: own(box, 'type') })) : [],
    };
  },
};

describe('migrations', () => {
  it('has none yet: eventscape/1 is the first format', () => {
    expect(MIGRATIONS).toEqual([]);
  });

  it('brings an older document to the current format before it is checked', () => {
    const old = { format: 'eventscape/0', boxes: [{ name: 'orders', type: 'topic' }] };
    const result = restore(old, { migrations: [fromBoxes] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.nodes.map((node) => [node.id, node.kind])).toEqual([['orders', 'topic']]);
    expect(result.warnings).toEqual(['format: migrated eventscape/0 → eventscape/1']);
  });

  it('checks what a migration gives like any other document', () => {
    const old = { format: 'eventscape/0', boxes: [{ name: 'orders', type: 'queue' }] };
    const result = restore(old, { migrations: [fromBoxes] });
    expect(result.ok || result.errors).toEqual(['nodes[0].kind: "queue" is not a node kind; use producer, client, topic, service, orchestrator, broker or processor']);
  });

  it('chains migrations and names the formats it reads when none fits', () => {
    const older: Migration = { from: 'eventscape/-1', to: 'eventscape/0', migrate: (doc) => ({ format: 'eventscape/0', boxes: own(doc, 'things') }) };
    const result = migrate({ format: 'eventscape/-1', things: [] }, [fromBoxes, older]);
    expect(result.ok && result.steps).toEqual(['eventscape/-1 → eventscape/0', 'eventscape/0 → eventscape/1']);
    expect(migrate({ format: 'eventscape/7' }, [fromBoxes])).toEqual({
      ok: false,
      error: 'format: "eventscape/7" is not a format this version of Eventscape reads (it reads eventscape/1, eventscape/0)',
    });
  });

  it('stops on a registry whose migrations go round in a loop', () => {
    const there: Migration = { from: 'a', to: 'b', migrate: () => ({ format: 'b' }) };
    const back: Migration = { from: 'b', to: 'a', migrate: () => ({ format: 'a' }) };
    expect(migrate({ format: 'a' }, [there, back])).toEqual({ ok: false, error: 'format: the migrations between formats form a loop' });
  });
});
