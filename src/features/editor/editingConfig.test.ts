import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { editingEnabledIn } from './editingConfig.ts';

describe('the editor’s switch in config.json', () => {
  it('is on only when editing.enabled is true', () => {
    expect(editingEnabledIn('{"editing":{"enabled":true}}')).toBe(true);
    expect(editingEnabledIn('{"editing":{"enabled":false}}')).toBe(false);
    expect(editingEnabledIn('{"basemap":{}}')).toBe(false);
    expect(editingEnabledIn('{"editing":{"enabled":"yes"}}')).toBe(false);
    expect(editingEnabledIn('{"editing":{"enabled":true,"typo":1}}')).toBe(false);
    expect(editingEnabledIn('not json')).toBe(false);
  });

  it('is on in the shipped config and off in the example for a public deployment', () => {
    expect(editingEnabledIn(readFileSync('public/config.json', 'utf8'))).toBe(true);
    expect(editingEnabledIn(readFileSync('public/config.example.json', 'utf8'))).toBe(false);
  });
});
