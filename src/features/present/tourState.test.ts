import { describe, expect, it } from 'vitest';
import { keyCommand, keyEffect, typeDigit } from './keys.ts';
import { initialTourState, tourReducer, type TourAction, type TourState } from './tourState.ts';

const run = (s: TourState, ...actions: TourAction[]) => actions.reduce(tourReducer, s);
const start = (o: Partial<Parameters<typeof initialTourState>[0]> = {}) =>
  initialTourState({ count: 5, step: 1, autoplayS: null, loop: false, ...o });

describe('the tour state', () => {
  it('opens at the 1-based step of the link, clamped to the tour', () => {
    expect(start({ step: 3 }).step).toBe(2);
    expect(start({ step: 99 }).step).toBe(4);
    expect(start({ autoplayS: 20 })).toMatchObject({ playing: true, intervalS: 20 });
  });
  it('pages forward and back and stops at both ends without looping', () => {
    expect(run(start(), { type: 'prev' }).step).toBe(0);
    expect(run(start(), { type: 'next' }, { type: 'next' }).step).toBe(2);
    expect(run(start(), { type: 'last' }, { type: 'next' }).step).toBe(4);
    expect(run(start(), { type: 'last' }, { type: 'first' }).step).toBe(0);
    expect(run(start(), { type: 'goto', step: 3 }).step).toBe(3);
  });
  it('autoplay advances on each tick, stops at the end, or loops and counts the loops', () => {
    const played = run(start({ autoplayS: 5 }), { type: 'tick' }, { type: 'tick' }, { type: 'tick' }, { type: 'tick' });
    expect(played).toMatchObject({ step: 4, playing: true });
    expect(run(played, { type: 'tick' })).toMatchObject({ step: 4, playing: false });
    const looped = run(start({ autoplayS: 5, loop: true }), ...Array<TourAction>(10).fill({ type: 'tick' }));
    expect(looped).toMatchObject({ step: 0, loops: 2, playing: true });
    expect(run(start(), { type: 'tick' }).step).toBe(0);
  });
  it('explore pauses and resume returns to the same step, playing again', () => {
    const s = run(start({ autoplayS: 5, step: 3 }), { type: 'explore' });
    expect(s).toMatchObject({ exploring: true, playing: false, step: 2 });
    expect(run(s, { type: 'tick' }).step).toBe(2);
    expect(run(s, { type: 'resume' })).toMatchObject({ exploring: false, playing: true, step: 2 });
    // A page turn while exploring goes back to the story and on.
    expect(run(s, { type: 'next' })).toMatchObject({ exploring: false, playing: true, step: 3 });
  });
  it('an overlay pauses too, and closing it resumes', () => {
    const s = run(start({ autoplayS: 5 }), { type: 'openOverlay', overlay: { kind: 'dashboard' } });
    expect(s).toMatchObject({ playing: false, overlay: { kind: 'dashboard' } });
    expect(run(s, { type: 'closeOverlay' })).toMatchObject({ playing: true, overlay: null });
    const exploring = run(start(), { type: 'explore' }, { type: 'openOverlay', overlay: { kind: 'plan', ref: 's9' } }, { type: 'closeOverlay' });
    expect(exploring).toMatchObject({ exploring: true, overlay: null });
  });
  it('play at the last step starts over', () => {
    expect(run(start(), { type: 'last' }, { type: 'togglePlay' })).toMatchObject({ step: 0, playing: true });
  });
});

describe('the keys', () => {
  const k = (key: string, o: Partial<Parameters<typeof keyCommand>[0]> = {}) => keyCommand({ key, ...o })?.kind ?? null;
  it('understand what clickers send', () => {
    expect(k('PageDown')).toBe('next');
    expect(k('PageUp')).toBe('prev');
    expect(k('ArrowRight')).toBe('next');
    expect(k('ArrowLeft')).toBe('prev');
    expect(k(' ')).toBe('next');
    expect(k('Escape')).toBe('escape');
    expect(k('F5')).toBe('ignore');
    expect(k('Home')).toBe('first');
    expect(k('End')).toBe('last');
  });
  it('leave keys to the focused control and to the map being explored', () => {
    expect(k(' ', { target: 'button' })).toBeNull();
    expect(k('ArrowDown', { target: 'select' })).toBeNull();
    expect(k('ArrowLeft', { target: 'map', exploring: true })).toBeNull();
    expect(k('PageDown', { target: 'map', exploring: true })).toBe('next');
    expect(k('ArrowRight', { ctrlKey: true })).toBeNull();
  });
  it('jump with typed step numbers, two digits within the window', () => {
    expect(typeDigit('', 3, 14)).toEqual({ buffer: '3', step: 3 });
    expect(typeDigit('1', 2, 14)).toEqual({ buffer: '12', step: 12 });
    expect(typeDigit('1', 5, 14)).toEqual({ buffer: '5', step: 5 });
    expect(typeDigit('', 0, 14).step).toBeNull();
    expect(typeDigit('1', 0, 14)).toEqual({ buffer: '10', step: 10 });
    expect(typeDigit('', 9, 5).step).toBeNull();
  });
  it('close what covers the map before Escape leaves, and toggle explore and the dashboard', () => {
    const open = run(start(), { type: 'openOverlay', overlay: { kind: 'dashboard' } });
    expect(keyEffect({ kind: 'escape' }, open)).toEqual({ type: 'closeOverlay' });
    expect(keyEffect({ kind: 'escape' }, start())).toBe('exit');
    expect(keyEffect({ kind: 'dashboard' }, open)).toEqual({ type: 'closeOverlay' });
    expect(keyEffect({ kind: 'dashboard' }, start())).toEqual({ type: 'openOverlay', overlay: { kind: 'dashboard' } });
    expect(keyEffect({ kind: 'toggleExplore' }, run(start(), { type: 'explore' }))).toEqual({ type: 'resume' });
    expect(keyEffect({ kind: 'toggleExplore' }, start())).toEqual({ type: 'explore' });
    expect(keyEffect({ kind: 'fullscreen' }, start())).toBe('fullscreen');
    expect(keyEffect({ kind: 'ignore' }, start())).toBeNull();
    expect(keyEffect({ kind: 'next' }, start())).toEqual({ type: 'next' });
  });
});
