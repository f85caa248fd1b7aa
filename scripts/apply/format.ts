/**
 * The repository's way of writing a geo/ file: JSON with two-space indents and each position on one
 * line (`[122.0625, 41.0975]`). Writing a layer back this way means a diff of a changed feature
 * shows that feature and nothing else.
 */
export function formatGeoJson(value: unknown): string {
  const text = JSON.stringify(value, null, 2).replace(/\[\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?),\s+(-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)\s+\]/g, '[$1, $2]');
  return `${text}\n`;
}
