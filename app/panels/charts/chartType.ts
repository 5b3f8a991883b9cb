// The size of type in charts: normal, or large for a projector. The dock provides it; a chart
// re-creates itself when it changes, since uPlot draws its axes' text with a fixed font.
import { createContext } from 'react';

export type ChartType = 'normal' | 'large';

export const ChartTypeContext = createContext<ChartType>('normal');
