import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLink } from './safeLink.ts';

const APP = 'https://plan.example.gov.cn/plan-map/';

describe('the link rule', () => {
  it('allows https and http outside links with their host, and paths on the app’s own origin', () => {
    expect(checkLink('https://www.tianditu.gov.cn/x?y=1', APP)).toEqual({ href: 'https://www.tianditu.gov.cn/x?y=1', host: 'www.tianditu.gov.cn', external: true });
    expect(checkLink('http://www.panjin.gov.cn/a', APP)?.host).toBe('www.panjin.gov.cn');
    expect(checkLink('http://www.panjin.gov.cn/a', APP, { allowHttp: false })).toBeUndefined();
    expect(checkLink('/plan-map/?plan=s9', APP)).toEqual({ href: 'https://plan.example.gov.cn/plan-map/?plan=s9', host: 'plan.example.gov.cn', external: false });
  });

  it('refuses what resolves elsewhere or hides its target', () => {
    for (const bad of [
      '/\\evil.example/phish',
      '\\\\evil.example/phish',
      '//evil.example/phish',
      '/\t/evil.example',
      'https://www.tianditu.gov.cn@evil.example/login',
      'https://user:pw@evil.example/',
      'javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      ' javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'https://evil.example/\u202egnp.exe',
      '',
    ]) {
      expect(checkLink(bad, APP), JSON.stringify(bad)).toBeUndefined();
    }
  });

  it('whatever the string, an accepted link is http(s), has no credentials, and a relative one stays on the app’s origin', () => {
    const pieces = fc.constantFrom('/', '\\', '//', '@', ':', 'evil.example', 'https:', 'http:', 'javascript:', '\t', '\n', '\u0000', '%2f', '%5c', '.', '..', '?', '#', 'user:pw@', 'plan.example.gov.cn', ' ', '\u202e');
    const hostile = fc.oneof(fc.string(), fc.array(pieces, { maxLength: 8 }).map((p) => p.join('')));
    fc.assert(
      fc.property(hostile, (raw) => {
        const r = checkLink(raw, APP);
        if (!r) return true;
        const u = new URL(r.href);
        const isAbsolute = (() => {
          try {
            new URL(raw);
            return true;
          } catch {
            return false;
          }
        })();
        return (u.protocol === 'https:' || u.protocol === 'http:') && !u.username && !u.password && (isAbsolute || u.origin === new URL(APP).origin);
      }),
      { numRuns: 3000 },
    );
  });
});
