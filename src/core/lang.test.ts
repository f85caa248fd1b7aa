import { expect, it } from 'vitest';
import { isLang, LANG_TAG, LANGS, otherLang } from './lang.ts';

it('knows each language, its tag and the other one', () => {
  for (const lang of LANGS) {
    expect(isLang(lang)).toBe(true);
    expect(LANG_TAG[lang]).toMatch(/^[a-z]{2}(-[A-Z]{2})?$/);
    expect(otherLang(otherLang(lang))).toBe(lang);
    expect(otherLang(lang)).not.toBe(lang);
  }
  expect(isLang('fr')).toBe(false);
  expect(isLang(null)).toBe(false);
});
