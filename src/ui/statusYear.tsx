import { createContext, useContext } from 'react';

/**
 * The time control's year, for everything that shows a status: the list, the legend's counts, the
 * popup, the exports, the presentation. Each shows the status as of the end of that year
 * (src/core/statusHistory.ts); null (no year chosen) shows the current status.
 */
const StatusYearContext = createContext<number | null>(null);

export const StatusYearProvider = StatusYearContext.Provider;

/** The year whose end the shown statuses are as of; null for the current status. */
export function useStatusYear(): number | null {
  return useContext(StatusYearContext);
}
