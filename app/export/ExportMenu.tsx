// The toolbar's export menu: the canvas as a picture (SVG, PNG) and the topology as Mermaid.
import { ClipboardCopy, FileCode2, FileImage, FileSpreadsheet, FileText, ImageDown, Share } from 'lucide-react';
import { exportAsyncApiFile } from './asyncApiExport';
import { copyMermaid, exportMermaid, exportPng, exportSvg } from './lazyExports';
import { MenuButton, type MenuItem } from '../toolbar/MenuButton';

const ITEMS: MenuItem[] = [
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
  return <MenuButton label="Export" icon={Share} title="Export the canvas or the topology" testId="tool-export" items={ITEMS} />;
}
