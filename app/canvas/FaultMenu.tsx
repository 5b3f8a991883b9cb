// Live faults on a node, from its context menu (right-click) or the inspector's "Faults" button:
// slow ×N, fail %, crash, recover, add or remove an instance, replay from the earliest offset, a
// new rate for a source. Each applies at the engine's current time and is recorded in the fault
// script (the engine client does both), so the run can be replayed and shared.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { FAULT_TARGETS } from '../../src/model/rules';
import type { FaultAction, FaultType, NodeKind } from '../../src/model/types';
import { editorStore, useEditor } from '../store/useEditor';

interface Item {
  type: FaultType;
  label: string;
  /** The number the person may change before applying, with its unit. */
  param?: { value: number; min: number; max: number; step: number; unit: string };
  action: (param: number) => FaultAction;
}

function itemsFor(kind: NodeKind, rate: number, versions = 0): Item[] {
  const all: Item[] = [
    { type: 'slow', label: 'Slow down', param: { value: 10, min: 1, max: 1000, step: 1, unit: '×' }, action: (factor) => ({ type: 'slow', factor }) },
    { type: 'fail', label: 'Fail', param: { value: 50, min: 0, max: 100, step: 5, unit: '%' }, action: (p) => ({ type: 'fail', rate: p / 100 }) },
    { type: 'crash', label: 'Crash an instance', action: () => ({ type: 'crash' }) },
    { type: 'recover', label: 'Recover', action: () => ({ type: 'recover' }) },
    { type: 'add-instance', label: 'Add an instance', action: () => ({ type: 'add-instance' }) },
    { type: 'remove-instance', label: 'Remove an instance', action: () => ({ type: 'remove-instance' }) },
    { type: 'replay', label: 'Replay from earliest', action: () => ({ type: 'replay', to: 'earliest' }) },
    { type: 'rate', label: 'Change rate', param: { value: rate, min: 0, max: 1_000_000, step: 1, unit: '/s' }, action: (r) => ({ type: 'rate', rate: r }) },
    { type: 'partition', label: 'Cut off (network partition)', action: () => ({ type: 'partition' }) },
  ];
  // A deploy needs a version to go to: only a producer with a schema of two versions or more offers one.
  if (versions > 1) all.push({ type: 'deploy', label: 'Deploy version', param: { value: versions, min: 1, max: versions, step: 1, unit: 'v' }, action: (version) => ({ type: 'deploy', version }) });
  const items = all.filter((item) => FAULT_TARGETS[item.type].includes(kind));
  if (kind !== 'broker') return items;
  // A broker has no instances: it crashes and recovers as a whole, and its slowness stretches copying.
  const brokerLabels: Partial<Record<FaultType, string>> = { crash: 'Crash broker', recover: 'Recover / reconnect', slow: 'Slow down copying' };
  return items.map((item) => ({ ...item, label: brokerLabels[item.type] ?? item.label }));
}

function FaultItem({ item, onApply }: { item: Item; onApply: (action: FaultAction) => void }) {
  const [value, setValue] = useState(item.param?.value ?? 0);
  const apply = () => {
    const p = item.param;
    if (p && !(Number.isFinite(value) && value >= p.min && value <= p.max)) return;
    onApply(item.action(value));
  };
  return (
    <li className="es-fault-menu__item" role="none">
      <button type="button" role="menuitem" data-testid={`fault-${item.type}`} onClick={apply}>
        {item.label}
      </button>
      {item.param && (
        <label className="es-fault-menu__param">
          <input
            type="number"
            aria-label={`${item.label} (${item.param.unit})`}
            data-testid={`fault-${item.type}-value`}
            min={item.param.min}
            max={item.param.max}
            step={item.param.step}
            value={value}
            onChange={(event) => setValue(event.target.valueAsNumber)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') apply();
            }}
          />
          <span>{item.param.unit}</span>
        </label>
      )}
    </li>
  );
}

export function FaultMenu() {
  const menu = useEditor((state) => state.faultMenu);
  const kind = useEditor((state) => state.document.nodes.find((n) => n.id === menu?.node)?.kind ?? null);
  const label = useEditor((state) => state.document.nodes.find((n) => n.id === menu?.node)?.label ?? '');
  const rate = useEditor((state) => {
    const node = state.document.nodes.find((n) => n.id === menu?.node);
    return node && (node.kind === 'producer' || node.kind === 'client') ? node.config.rate * 2 : 0;
  });
  const versions = useEditor((state) => {
    const node = state.document.nodes.find((n) => n.id === menu?.node);
    return node?.kind === 'producer' && node.config.schema ? node.config.schema.changes.length + 1 : 0;
  });
  const ref = useRef<HTMLDialogElement>(null);
  const close = () => editorStore.getState().openFaultMenu(null);

  // Right-click on a node opens its menu where the pointer is (not in read-only views).
  useEffect(() => {
    const onContextMenu = (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>('.react-flow__node') : null;
      const node = target?.dataset.id;
      if (!node || editorStore.getState().readOnly) return;
      event.preventDefault();
      editorStore.getState().openFaultMenu({ node, x: event.clientX, y: event.clientY });
    };
    document.addEventListener('contextmenu', onContextMenu);
    return () => document.removeEventListener('contextmenu', onContextMenu);
  }, []);

  useEffect(() => {
    if (!menu) return;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) editorStore.getState().openFaultMenu(null);
    };
    window.addEventListener('pointerdown', onPointer, true);
    return () => window.removeEventListener('pointerdown', onPointer, true);
  }, [menu]);

  if (!menu || !kind) return null;
  const items = itemsFor(kind, rate, versions);
  const apply = (action: FaultAction) => {
    editorStore.getState().applyFault(menu.node, action, null);
    close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    if (event.key === 'Escape') close();
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    const buttons = [...(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = buttons.indexOf(document.activeElement as HTMLElement);
    const next = (at + (event.key === 'ArrowDown' ? 1 : buttons.length - 1)) % buttons.length;
    buttons[next]?.focus();
  };
  return (
    // A non-modal <dialog>: the editor's and playback's keys leave what happens inside it alone.
    <dialog
      open
      ref={ref}
      className="es-fault-menu nodrag nopan"
      style={{ left: Math.min(menu.x, window.innerWidth - 240), top: Math.min(menu.y, window.innerHeight - 300) }}
      data-testid="fault-menu"
      onKeyDown={onKeyDown}
    >
      <div className="es-fault-menu__title">Live fault on {label}</div>
      {items.length === 0 ? (
        <p className="es-fault-menu__none">No live faults for this kind of node.</p>
      ) : (
        <ul role="menu" aria-label={`Live faults on ${label}`}>
          {items.map((item) => (
            <FaultItem key={item.type} item={item} onApply={apply} />
          ))}
        </ul>
      )}
    </dialog>
  );
}
