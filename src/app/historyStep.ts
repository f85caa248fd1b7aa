/** The link as last written to (or found in) the address bar, with and without its camera. */
export interface WrittenLink {
  full: string;
  noCamera: string;
}

/**
 * How a new state reaches the address bar. A moved camera replaces the entry (panning should not fill
 * the history); everything else is a step a user may want to go back from. The first write of a page
 * replaces too: opening a link is not a step.
 */
export function historyStep(last: WrittenLink | null, next: WrittenLink, current: string): 'none' | 'replace' | 'push' {
  if (next.full === current) return 'none';
  return last === null || last.noCamera === next.noCamera ? 'replace' : 'push';
}
