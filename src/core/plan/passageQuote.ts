/**
 * The quote a 「在地图上标注」 on a passage starts with: the paragraph's first clause, verbatim (up
 * to its first 。；！？ or ;), cut at `max` characters; the planner can widen or narrow it in the form,
 * where it is checked against the plan text. Empty when the paragraph has fewer than 2 characters.
 */
export function passageQuote(paragraph: string, max = 40): string {
  const text = paragraph.trim();
  const end = text.search(/[。；！？;]/);
  const clause = (end >= 0 ? text.slice(0, end) : text).trim();
  const cut = [...clause].slice(0, max).join('').trim();
  return cut.length >= 2 ? cut : '';
}
