// The toolbar's export menu: the canvas as a picture (SVG, PNG) and the topology as Mermaid.
import { ClipboardCopy, FileCode2, FileImage, FileSpreadsheet, FileText, ImageDown, Share } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { exportAsyncApiFile } from './asyncApiExport';
import { copyMermaid, exportMermaid, exportPng, exportSvg } from './lazyExports';
import '../share/share.css';

interface Item {
  label: string;
  icon: LucideIcon;
  testId: string;
  run: () => void | Promise<void>;
}

const ITEMS: Item[] = [
  { label: 'Picture as SVG', icon: FileImage, testId: 'export-svg', run: exportSvg },
  { label: 'Picture as PNG', icon: ImageDown, testId: 'export-png', run: exportPng },
  { label: 'Mermaid flowchart file', icon: FileCode2, testId: 'export-mermaid', run: exportMermaid },
  { label: 'Copy Mermaid flowchart', icon: ClipboardCopy, testId: 'export-mermaid-copy', run: copyMermaid },
  { label: 'AsyncAPI 3.0 (YAML)', icon: FileCode2, testId: 'export-asyncapi', run: exportAsyncApiFile },
  // Loaded on demand: the report code stays out of the first load.
  { label: 'Run report (HTML)', icon: FileText, testId: 'export-report', run: () => import('../report/exportReport').then((m) => m.exportRunReport()) },
  { label: 'Metric time series (CSV)', icon: FileSpreadsheet, testId: 'export-csv', run: () => import('../report/exportReport').then((m) => m.exportMetricsCsv()) },
];

export function ExportMenu() {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);
  return (
    <div className="es-menu" ref={ref}>
      <button
        type="button"
        className="es-tool"
        aria-label="Export"
        title="Export the canvas or the topology"
        aria-haspopup="menu"
        aria-expanded={open}
        data-testid="tool-export"
        onClick={() => setOpen(!open)}
      >
        <Share size={16} strokeWidth={2} aria-hidden="true" />
      </button>
      {open && (
        <ul className="es-menu__list" role="menu" aria-label="Export">
          {ITEMS.map((item) => (
            <li key={item.testId} role="none">
              <button
                type="button"
                role="menuitem"
                className="es-menu__item"
                data-testid={item.testId}
                onClick={() => {
                  setOpen(false);
                  void item.run();
                }}
              >
                <item.icon size={15} aria-hidden="true" />
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
