/**
 * The one rule for links that come from data, configuration or an imported file. A link is parsed
 * with the URL parser the browser itself uses and judged by what it resolves to, never by how its
 * text looks: `/\evil.example/x` looks like a path but a browser opens http://evil.example/x, and
 * `https://www.tianditu.gov.cn@evil.example/` looks like Tianditu but logs in to evil.example.
 *
 * Allowed: an absolute https: URL (http: too where the policy allows) with no user name or password;
 * or a root-relative path (`/…`) that resolves to the app's own origin.
 */

export interface LinkPolicy {
  /** Plain-http outside links (the data of the plan cites some government pages only over http). */
  allowHttp: boolean;
}

export interface CheckedLink {
  /** The URL as the browser will open it. */
  href: string;
  /** Its host, shown next to an outside link so a reader sees where it goes. */
  host: string;
  /** False for a link on the app's own origin. */
  external: boolean;
}

/** Stands for the app's origin where none is known (the build checks data before any page exists). */
export const UNKNOWN_APP_ORIGIN = 'https://app.invalid';

const DEFAULT_POLICY: LinkPolicy = { allowHttp: true };

// Control characters, white space and bidi controls inside a link are how `java\tscript:` and
// look-alike links slip past a reader or a naive check; a real link needs none of them.
// eslint-disable-next-line no-control-regex
export const HIDDEN = /[\u0000-\u0020\u007f-\u00a0\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

function parseAbsolute(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

export function checkLink(raw: string, appOrigin: string = UNKNOWN_APP_ORIGIN, policy: LinkPolicy = DEFAULT_POLICY): CheckedLink | undefined {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048 || HIDDEN.test(raw)) return undefined;
  const origin = new URL(appOrigin).origin;
  const absolute = parseAbsolute(raw);
  if (!absolute) {
    // Relative links are paths from the site's root; `x:y`-like text without a scheme is not a link.
    if (!raw.startsWith('/')) return undefined;
    let resolved: URL;
    try {
      resolved = new URL(raw, `${origin}/`);
    } catch {
      return undefined;
    }
    if (resolved.origin !== origin || resolved.username || resolved.password) return undefined;
    return { href: resolved.href, host: resolved.host, external: false };
  }
  const schemeOk = absolute.protocol === 'https:' || (policy.allowHttp && absolute.protocol === 'http:');
  if (!schemeOk || absolute.username || absolute.password || !absolute.hostname) return undefined;
  return { href: absolute.href, host: absolute.host, external: absolute.origin !== origin };
}

