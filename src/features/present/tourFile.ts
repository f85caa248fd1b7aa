import type { FeatureStore } from '../../core/featureStore.ts';
import type { Plan } from '../../core/plan/types.ts';
import { checkTour } from './checkTour.ts';
import { parseTour } from './tourSchema.ts';

export const TOUR_FILE = 'src/features/present/tour.json';

/**
 * Everything wrong with the tour file's text, each line naming the file and the place: not JSON, the
 * contract (tourSchema), or what the plan and the map data do not back (checkTour). The build runs it
 * (vite.config.ts), so a tour that would open on 「演示文件无法读取」 or with notices never ships.
 */
export function tourFileProblems(text: string, plan: Plan, store: FeatureStore, file = TOUR_FILE): string[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return [`${file}: not JSON: ${(e as Error).message}`];
  }
  try {
    return checkTour(parseTour(json, file), plan, store).map((issue) => `${file}: ${issue}`);
  } catch (e) {
    return (e as Error).message.split('\n');
  }
}
