// What the last AsyncAPI import could not map or had to decide, for the report dialog.
import { create } from 'zustand';

export interface AsyncApiReport {
  source: string;
  summary: string;
  notes: readonly string[];
  warnings: readonly string[];
}

/** The report the dialog shows (null: none). */
export const useAsyncApiReport = create<{ report: AsyncApiReport | null }>(() => ({ report: null }));
