// A line chart as SVG text, for the run report: a file with no script and no library, readable
// in any browser. Time (simulated seconds) along the bottom, the value from zero up the side.
import { escapeXml } from '../export/documentSvg';

export interface ReportLine {
  label: string;
  color: string;
  dashed?: boolean;
  values: readonly (number | null)[];
}

const WIDTH = 640;
const HEIGHT = 240;
const LEFT = 56;
const RIGHT = 12;
const LEGEND_ROW = 14;
const LEGEND_PER_ROW = 4;
const BOTTOM = 30;

function niceMax(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

const tick = (value: number) => (value >= 10_000 ? `${Math.round(value / 1000)}k` : value >= 100 ? String(Math.round(value)) : String(Math.round(value * 10) / 10));

/** An SVG line chart of `lines` over `time` (seconds), titled `title`. */
export function svgLineChart(title: string, time: readonly number[], lines: readonly ReportLine[]): string {
  const plotTop = 46 + Math.max(0, Math.ceil(lines.length / LEGEND_PER_ROW) - 1) * LEGEND_ROW;
  const plotW = WIDTH - LEFT - RIGHT;
  const plotH = HEIGHT - plotTop - BOTTOM;
  const t0 = time.length > 0 ? time[0] : 0;
  const t1 = time.length > 1 ? time[time.length - 1] : t0 + 1;
  let max = 0;
  for (const line of lines) for (const v of line.values) if (v !== null && v > max) max = v;
  const top = niceMax(max);
  const x = (t: number) => LEFT + ((t - t0) / (t1 - t0 || 1)) * plotW;
  const y = (v: number) => plotTop + plotH - (v / top) * plotH;
  const parts: string[] = [];
  parts.push(`<text x="${LEFT}" y="16" font-size="13" font-weight="600" fill="#1c2330">${escapeXml(title)}</text>`);
  for (let i = 0; i <= 4; i++) {
    const v = (top * i) / 4;
    parts.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#dce1e8"/>`);
    parts.push(`<text x="${LEFT - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="11" text-anchor="end" fill="#5f6b7c">${tick(v)}</text>`);
  }
  for (let i = 0; i <= 5; i++) {
    const t = t0 + ((t1 - t0) * i) / 5;
    parts.push(`<text x="${x(t).toFixed(1)}" y="${HEIGHT - 10}" font-size="11" text-anchor="middle" fill="#5f6b7c">${Math.round(t)} s</text>`);
  }
  lines.forEach((line, index) => {
    // A gap (null) ends one stretch of the line; the next value starts another.
    let d = '';
    let pen = false;
    line.values.forEach((v, i) => {
      if (v === null || i >= time.length) {
        pen = false;
        return;
      }
      d += `${pen ? 'L' : 'M'}${x(time[i]).toFixed(1)} ${y(v).toFixed(1)}`;
      pen = true;
    });
    parts.push(`<path d="${d}" fill="none" stroke="${line.color}" stroke-width="2"${line.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    const lx = LEFT + (index % LEGEND_PER_ROW) * 145;
    const ly = 34 + Math.floor(index / LEGEND_PER_ROW) * LEGEND_ROW;
    parts.push(`<line x1="${lx}" x2="${lx + 18}" y1="${ly - 4}" y2="${ly - 4}" stroke="${line.color}" stroke-width="2"${line.dashed ? ' stroke-dasharray="6 4"' : ''}/>`);
    parts.push(`<text x="${lx + 22}" y="${ly}" font-size="11" fill="#1c2330">${escapeXml(line.label.length > 20 ? `${line.label.slice(0, 19)}…` : line.label)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="${escapeXml(title)}">${parts.join('')}</svg>`;
}
