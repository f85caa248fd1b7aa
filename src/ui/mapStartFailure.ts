import { mapStart as MAP_START_ZH } from '../i18n/zh/mapStart.ts';

/** The notice's class; src/map/startWatch.ts removes the notice by it if the map starts after all. */
const START_FAILURE_CLASS = 'map-start-failure';

/**
 * Says in the map's element that the map cannot start, and what to check, in the page's language
 * (`<html lang>`). A chunk of its own, loaded only then (first-screen budget: tests/unit/budget.test.ts).
 */
export async function showMapStartFailure(container: HTMLElement): Promise<void> {
  const words = document.documentElement.lang.startsWith('en') ? (await import('../i18n/en/mapStart.ts')).mapStart : MAP_START_ZH;
  if (container.querySelector(`.${START_FAILURE_CLASS}`)) return;
  const p = Object.assign(document.createElement('p'), { className: START_FAILURE_CLASS, role: 'alert', textContent: words.failed });
  p.dataset.testid = 'map-start-failure';
  container.append(p);
}
