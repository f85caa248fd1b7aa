import type { EditState } from '../../core/editor/editState.ts';

/**
 * The editor's drafts in IndexedDB: every change is written as it happens, so a reload, a crash or a
 * closed tab loses nothing; a browser that refuses storage (private mode, quota) is told. Two tabs
 * editing at once hear of each other on a BroadcastChannel instead of overwriting each other unseen.
 */

const DB = 'plan-map-editor';
const STORE = 'drafts';
const KEY = 'current';

export interface Draft {
  state: EditState;
  /** The published data the edits were made against. */
  dataVersion: string;
  savedAt: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    let req: IDBOpenDBRequest;
    try {
      req = indexedDB.open(DB, 1);
    } catch (e) {
      reject(e as Error);
      return;
    }
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('indexedDB.open failed'));
    req.onblocked = () => reject(new Error('indexedDB blocked'));
  });
}

function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = fn(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? req.error ?? new Error('indexedDB transaction failed'));
        };
      }),
  );
}

/** The draft left by the last session, if any (undefined also when storage cannot be read). */
export async function readDraft(): Promise<Draft | undefined> {
  try {
    const d = (await run('readonly', (s) => s.get(KEY))) as Draft | undefined;
    return d && d.state && Object.keys(d.state.edits).length > 0 ? d : undefined;
  } catch {
    return undefined;
  }
}

/** Writes the draft (an empty one is removed); rejects when the browser refuses storage. */
export async function writeDraft(d: Draft): Promise<void> {
  if (Object.keys(d.state.edits).length === 0) await run('readwrite', (s) => s.delete(KEY));
  else await run('readwrite', (s) => s.put(d, KEY));
}

export async function discardDraft(): Promise<void> {
  try {
    await run('readwrite', (s) => s.delete(KEY));
  } catch {
    // Nothing stored, nothing to discard.
  }
}

/**
 * Tells other tabs this one is editing and calls `onOther` when another one is (or starts). Returns
 * the stop.
 */
export function announceEditing(onOther: () => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const ch = new BroadcastChannel(DB);
  ch.onmessage = (e: MessageEvent<{ type?: string }>) => {
    if (e.data?.type === 'hello') ch.postMessage({ type: 'here' });
    if (e.data?.type === 'hello' || e.data?.type === 'here') onOther();
  };
  ch.postMessage({ type: 'hello' });
  return () => ch.close();
}
