/**
 * The Content-Security-Policy the production build ships in a `<meta>` tag (and that a server may send
 * as a header instead; see the README's deployment section). What each part is for:
 * - `script-src 'self'`: no inline script and no `eval`; Vite emits only module files.
 * - `worker-src 'self' blob:`: MapLibre 6's worker is a file of the build; the analysis and import
 *   workers too. `blob:` is kept for MapLibre's fallback of wrapping the worker in a blob.
 * - `connect-src 'self' blob: https:`: the data file, glyphs and tiles of the build; online basemaps are
 *   https; an imported file reaches MapLibre's worker as a `blob:` URL of the page's own making.
 * - `img-src 'self' data: blob: https:`: MapLibre decodes raster tiles and icons into blobs.
 * - `style-src 'self'`: stylesheets of the build only; element styles are set through the CSSOM, which a
 *   policy does not restrict.
 * `frame-ancestors` cannot be set from a meta tag: send it as a header where framing matters.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "connect-src 'self' blob: https:",
  "img-src 'self' data: blob: https:",
  "style-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');
