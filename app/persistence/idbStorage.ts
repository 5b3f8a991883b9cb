// Autosaved work in IndexedDB: one record for the current document, and a shelf for stored work
// that could not be restored (kept aside, never thrown away).
import type { SavedWork, WorkStorage } from './autosave';

const DB_NAME = 'eventscape';
const STORE = 'autosave';
const CURRENT = 'current';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('the browser storage refused the request'));
  });
}

function open(): Promise<IDBDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('this browser has no IndexedDB'));
  const req = indexedDB.open(DB_NAME, 1);
  req.onupgradeneeded = () => req.result.createObjectStore(STORE);
  return request(req);
}

async function withStore<T>(mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    const tx = db.transaction(STORE, mode);
    // Listen before the request runs: the transaction may complete right after its last request.
    const done = new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error ?? new Error('the browser storage refused to save'));
      tx.onabort = () => reject(tx.error ?? new Error('the browser storage gave up saving (is it full?)'));
    });
    // A failed request fails the transaction too; that rejection is reported through the request.
    done.catch(() => undefined);
    const result = await request(run(tx.objectStore(STORE)));
    await done;
    return result;
  } finally {
    db.close();
  }
}

function isSavedWork(value: unknown): value is SavedWork {
  return (
    typeof value === 'object' &&
    value !== null &&
    'text' in value &&
    typeof value.text === 'string' &&
    'tab' in value &&
    typeof value.tab === 'string'
  );
}

/** The browser's IndexedDB as autosave storage. */
export const idbStorage: WorkStorage = {
  async read() {
    const value: unknown = await withStore('readonly', (store) => store.get(CURRENT));
    return isSavedWork(value) ? value : null;
  },
  async write(work) {
    await withStore('readwrite', (store) => store.put(work, CURRENT));
  },
  async keepAside(text) {
    await withStore('readwrite', (store) => store.put({ text, keptAt: new Date().toISOString() }, `rejected-${Date.now()}`));
  },
};
