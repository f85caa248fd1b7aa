import { describe, expect, it } from 'vitest';
import { planNodeText } from './planNodeText.ts';
import { passageQuote } from './passageQuote.ts';
import { loadTestProject } from '../../../tests/support/project.ts';

describe('passageQuote', () => {
  it('takes the first clause, verbatim, and cuts a long one', () => {
    expect(passageQuote('  加快建设兴隆新城。推进老城区改造；')).toBe('加快建设兴隆新城');
    expect(passageQuote('一二三四五六七八九十', 4)).toBe('一二三四');
    expect(passageQuote('。')).toBe('');
    expect(passageQuote('a')).toBe('');
  });

  it('gives, for every paragraph of the plan, a quote found in its node’s text', () => {
    const { plan } = loadTestProject();
    const nodes = [...plan.chapters, ...plan.sections];
    let n = 0;
    for (const node of nodes) {
      const text = (planNodeText(plan, node.id) ?? '').replace(/\s+/g, '');
      for (const p of node.paragraphs) {
        const q = passageQuote(p);
        if (!q) continue;
        n++;
        expect(text, `${node.id}: ${q}`).toContain(q.replace(/\s+/g, ''));
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});
