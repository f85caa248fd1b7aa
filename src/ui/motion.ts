/**
 * Whether the user asked the system for less motion: cameras jump instead of flying, panels scroll
 * instead of gliding. False where there is no window (server rendering, workers, unit tests).
 */
export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
