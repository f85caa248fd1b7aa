import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadAppData } from '../data/appData.ts';
import { loadPlanText } from '../data/planText.ts';
import { initialLang } from '../i18n/lang.ts';
import { loadMessages, type Messages } from '../i18n/messages.ts';
import { loadPresentationMode } from '../features/present/LazyPresentationMode.tsx';
import { needsPmtiles, registerPmtilesProtocol } from '../map/tileProtocols.ts';
import { App } from './App.tsx';
import './app.css';

const rootEl = document.getElementById('root');
if (!rootEl) throw new Error('index.html has no #root element');
const root = createRoot(rootEl);

// The data was checked at build time; a file that cannot be fetched or read is shown, not swallowed.
const lang = initialLang(window.location.search);
// English (its own chunk) is fetched with the data, so a page opened in English never shows Chinese first.
const messages: Promise<Messages | undefined> = lang === 'en' ? loadMessages('en') : Promise.resolve(undefined);
// A tour opened by link (`?tour=`) says that it is loading from the first frame; the mode keeps saying
// so until its first step is drawn.
let appShown = false;
if (new URLSearchParams(window.location.search).has('tour')) {
  // Its chunk is fetched and parsed along with the data rather than after the first render.
  void loadPresentationMode().catch(() => undefined);
  void (lang === 'en' ? messages : loadMessages('zh')).then((m) => {
    if (m && !appShown)
      root.render(
        <div className="present-loading" role="status" data-testid="present-loading">
          {m.present.opening}
        </div>,
      );
  });
}
loadAppData()
  .then(async (data) => {
    // A registry layer in a PMTiles archive needs the protocol before the map sets its style.
    if (needsPmtiles(data.store.layers)) await registerPmtilesProtocol();
    return { ...data, preloaded: await messages };
  })
  .then(({ plan, store, coverage, preloaded }) => {
    appShown = true;
    // A tour reads the plan's words (the second data file) before its first step.
    if (new URLSearchParams(window.location.search).has('tour')) void loadPlanText().catch(() => undefined);
    root.render(
      <StrictMode>
        <App plan={plan} store={store} coverage={coverage} initialLang={lang} preloadedMessages={preloaded} />
      </StrictMode>,
    );
  })
  .catch((e: unknown) => {
    root.render(
      <div className="load-error" role="alert" data-testid="load-error">
        <h1>数据加载失败 / The data could not be loaded</h1>
        <pre>{e instanceof Error ? e.message : String(e)}</pre>
      </div>,
    );
  });
