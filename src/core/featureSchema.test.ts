import { describe, expect, it } from 'vitest';
import { isSafeHref } from './featureSchema.ts';

describe('links from data', () => {
  it('allows http(s) and same-origin relative paths', () => {
    for (const ok of ['https://example.org/a', 'http://example.org', '/plan-map/?plan=s9']) expect(isSafeHref(ok)).toBe(true);
  });
  it('rejects script and data schemes in any disguise', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example/x',
      'javascript&colon;alert(1)',
    ])
      expect(isSafeHref(bad), bad).toBe(false);
  });
});
