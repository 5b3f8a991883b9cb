// Eventscape's service worker: after the first visit the app runs without a network, because
// workshop Wi-Fi fails. The build (offlineBuild.ts) emits this file as `sw.js` next to index.html
// and replaces PRECACHE with the site's files and a version derived from their contents.
//
// - install: cache every file of the build (hashed assets, index.html, examples) under a cache
//   named for this version;
// - activate: delete the caches of older versions and take control of open pages;
// - navigations: network first, so a new release is seen at once, falling back to the cached
//   page when the network fails or hangs;
// - everything else of this site: cache first (assets are content-hashed, so a cached file is
//   never stale), caching what the build did not list on its first fetch.
// Every URL is relative to this file, so the site works from any path.

interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request;
  respondWith(response: Response | Promise<Response>): void;
}

interface ServiceWorkerScope {
  readonly location: Location;
  readonly caches: CacheStorage;
  readonly clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
}

/** Replaced at build time by `{ version, files }`; the string is a marker the build looks for. */
const PRECACHE = '__EVENTSCAPE_PRECACHE__' as unknown as { version: string; files: string[] };

const worker = self as unknown as ServiceWorkerScope;
const CACHE_PREFIX = 'eventscape-';
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE.version}`;
/** How long a navigation waits for the network before the cached page is shown instead. */
const NAVIGATION_TIMEOUT_MS = 4000;

const shellUrl = new URL('./', worker.location.href).href;
// Servers often answer `Vary: Origin`; a module script's request carries an Origin header that the
// install-time request did not, so a match that honoured Vary would miss every cached script.
const MATCH = { ignoreVary: true } as const;

worker.addEventListener('install', (event) => {
  event.waitUntil(
    worker.caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(['./', ...PRECACHE.files]))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    worker.caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => worker.caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(shellUrl)) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});

/** The page from the network, or, when the network fails or hangs, the cached app shell. */
async function networkFirst(request: Request): Promise<Response> {
  const cached = () =>
    worker.caches
      .match(request, { ...MATCH, ignoreSearch: true })
      .then((hit) => hit ?? worker.caches.match(shellUrl, MATCH));
  try {
    const response = await withTimeout(fetch(request), NAVIGATION_TIMEOUT_MS);
    if (response.ok) return response;
    return (await cached()) ?? response;
  } catch (error) {
    const hit = await cached();
    if (hit) return hit;
    throw error;
  }
}

/** The cached file, or the network's answer, kept for next time when it is a whole, good response. */
async function cacheFirst(request: Request): Promise<Response> {
  const hit = await worker.caches.match(request, MATCH);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.status === 200 && response.type === 'basic') {
    const copy = response.clone();
    void worker.caches.open(CACHE_NAME).then((cache) => cache.put(request, copy));
  }
  return response;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}
