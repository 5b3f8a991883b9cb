// Colours of the lines in a chart, one per node, told apart in either theme (the dark palette is
// lighter so lines stand out on a dark surface).

const LIGHT = ['#3563d9', '#d9480f', '#2b8a3e', '#9c36b5', '#0c8599', '#c2255c', '#5c940d', '#b7791f'];
const DARK = ['#7096ff', '#ff8a4c', '#5fd37f', '#d08cf0', '#3cc2d4', '#f06595', '#a9e34b', '#e0a84a'];

/** The colour of the `index`-th line. */
export function seriesColor(index: number, theme: 'light' | 'dark'): string {
  const palette = theme === 'dark' ? DARK : LIGHT;
  return palette[index % palette.length];
}
