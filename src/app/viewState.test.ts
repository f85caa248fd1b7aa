import { describe, expect, it } from 'vitest';
import { defaultShareState, shareContextOf } from '../core/link/shareState.ts';
import { loadTestProject } from '../../tests/support/project.ts';
import { initialViewState, panelKindOf, quotesFor, viewReducer, withLayerVisible, withOpacity, type ViewState } from './viewState.ts';

const { plan, store } = loadTestProject();
const context = shareContextOf(plan, store);
const quoted = [...store.byId.values()].find((f) => f.properties.planRefs.length && f.properties.planQuotes?.length)!;
const start: ViewState = { share: defaultShareState(context), selection: null, planQuotes: [] };

describe('the view state', () => {
  it('opens a link without lang= in the remembered language, and a feature link without a camera flying', () => {
    const s = initialViewState(`?feature=${quoted.properties.id}`, context, store, 'en');
    expect(s.share.lang).toBe('en');
    expect(s.selection).toEqual({ id: quoted.properties.id, fly: true });
    expect(initialViewState('?lang=zh', context, store, 'en').share.lang).toBe('zh');
  });
  it('highlights a feature’s quotes only in a passage it refers to', () => {
    const ref = quoted.properties.planRefs[0]!;
    expect(quotesFor(store, quoted.properties.id, ref)).toEqual(quoted.properties.planQuotes);
    expect(quotesFor(store, quoted.properties.id, 'not-a-passage')).toEqual([]);
    expect(quotesFor(store, null, ref)).toEqual([]);
  });
  it('opens the plan at a passage or at its contents, and a panel closes the reader', () => {
    const atPassage = viewReducer(start, { type: 'openPlan', target: 'x', quotes: ['q'] });
    expect([atPassage.share.plan, atPassage.share.panel, panelKindOf(atPassage.share)]).toEqual(['x', null, 'plan']);
    const contents = viewReducer(start, { type: 'openPlan', target: null, quotes: [] });
    expect([contents.share.plan, contents.share.panel]).toEqual([null, 'plan']);
    const list = viewReducer(atPassage, { type: 'panel', panel: 'list' });
    expect([list.share.plan, list.planQuotes, panelKindOf(list.share)]).toEqual([null, [], 'list']);
  });
  it('keeps the selected feature in the share state', () => {
    const s = viewReducer(start, { type: 'select', selection: { id: 'a', fly: true } });
    expect(s.share.feature).toBe('a');
    expect(viewReducer(s, { type: 'select', selection: null }).share.feature).toBeNull();
  });
  it('edits the hidden layers and opacities without keeping defaults', () => {
    expect([...withLayerVisible(new Set(['a', 'b']), 'a', true)]).toEqual(['b']);
    expect([...withLayerVisible(new Set(), 'a', false)]).toEqual(['a']);
    expect([...withOpacity(new Map([['a', 0.5]]), 'a', 1)]).toEqual([]);
    expect([...withOpacity(new Map(), 'a', 0.25)]).toEqual([['a', 0.25]]);
  });
});
