import { loadAppData } from '../data/appData.ts';
import { loadPlanText } from '../data/planText.ts';
import { initialLang } from '../i18n/lang.ts';
import { loadMessages, type Messages } from '../i18n/messages.ts';
import { needsPmtiles, registerPmtilesProtocol } from '../map/tileProtocols.ts';
import { afterStartup } from '../ui/afterStartup.ts';
import { startMapFirst } from './mapFirst.ts';
import './app.css';

// No React here: the first screen's script is the map's (src/app/mapFirst.ts); React and the interface
// are their own chunk (mountApp.tsx), fetched once the map has drawn or when the page needs them at once.
const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root element');
const root = rootEl;
const loadInterface = () => import('./mountApp.tsx');

// The data was checked at build time; a file that cannot be fetched or read is shown, not swallowed.
const lang = initialLang(window.location.search);
// English (its own chunk) is fetched with the data, so a page opened in English never shows Chinese first.
const messages: Promise<Messages> = loadMessages(lang);
const tour = new URLSearchParams(window.location.search).has('tour');
// A tour opened by link (`?tour=`) says that it is loading from the first frame; the mode keeps saying
// so until its first step is drawn.
let appShown = false;
// Opened by link, the presentation's map starts with the data, before React and the interface
// (src/features/present/presentMapFirst.ts); the mode takes it in when it comes.
const presentFirst = tour ? import('../features/present/presentMapFirst.ts') : null;
if (tour) {
  // The interface and the presentation's chunk are fetched and parsed along with the data rather than after it.
  void loadInterface().catch(() => undefined);
  void import('../features/present/LazyPresentationMode.tsx').then((x) => x.loadPresentationMode()).catch(() => undefined);
  void messages.then((m) => {
    if (appShown) return;
    const loading = document.createElement('div');
    loading.className = 'present-loading';
    loading.setAttribute('role', 'status');
    loading.dataset.testid = 'present-loading';
    loading.textContent = m.present.opening;
    root.replaceChildren(loading);
  });
}

loadAppData()
  .then(async (data) => {
    // A registry layer in a PMTiles archive needs the protocol before the map sets its style.
    if (needsPmtiles(data.store.layers)) await registerPmtilesProtocol();
    return { ...data, m: await messages };
  })
  .then(async ({ plan, store, coverage, m }) => {
    // A tour reads the plan's words (the second data file) before its first step.
    if (tour) void loadPlanText().catch(() => undefined);
    // Its map starts now; if its code cannot be had, the mode starts the map itself.
    if (presentFirst) await presentFirst.then((x) => x.startPresentMapFirst({ plan, store }, lang, m, window.location.search)).catch(() => false);
    const booted = tour ? null : startMapFirst(root, { plan, store, coverage }, lang, m);
    // With the map started, the interface waits for its first idle (or the user's first key or pointer).
    if (booted) await afterStartup();
    const { mountApp } = await loadInterface();
    appShown = true;
    mountApp(root, { plan, store, coverage, initialLang: lang, preloadedMessages: lang === 'en' ? m : undefined, booted });
  })
  .catch((e: unknown) => {
    const box = document.createElement('div');
    box.className = 'load-error';
    box.setAttribute('role', 'alert');
    box.dataset.testid = 'load-error';
    const h1 = document.createElement('h1');
    h1.textContent = '数据加载失败 / The data could not be loaded';
    const pre = document.createElement('pre');
    pre.textContent = e instanceof Error ? e.message : String(e);
    box.append(h1, pre);
    root.replaceChildren(box);
  });
