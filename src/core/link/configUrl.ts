import { HIDDEN, UNKNOWN_APP_ORIGIN } from './safeLink.ts';

/**
 * A URL in the deployment's configuration (a style, an archive, a tile template): absolute http(s)
 * or a path relative to the page, judged as the browser resolves it, with the same rules on hidden
 * characters and credentials as checkLink (`java\tscript:` parses as `javascript:`).
 */
export function isConfigUrl(raw: string): boolean {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048 || HIDDEN.test(raw)) return false;
  let resolved: URL;
  try {
    resolved = new URL(raw, `${UNKNOWN_APP_ORIGIN}/app/`);
  } catch {
    return false;
  }
  return (resolved.protocol === 'https:' || resolved.protocol === 'http:') && !resolved.username && !resolved.password && resolved.hostname !== '';
}
