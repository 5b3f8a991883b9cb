// Eventscape's service worker: after the first visit the app runs without a network, because
// workshop Wi-Fi fails. The build (offlineBuild.ts) emits this file as `sw.js` next to index.html
// and replaces PRECACHE with the site's files and a version derived from their contents.
//
// - install: cache every file of the build (hashed assets, index.html, examples) under a cache
//   named for this version; until all are cached, the previous version stays in charge;
// - activate: delete the caches of older versions and take control of open pages;
// - navigations: network first, so a new release is seen at once, falling back to the cached
//   index.html when the network fails or hangs;
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

const scopeUrl = new URL('./', worker.location.href).href;
/** The app shell: every navigation falls back to it offline, whatever its path, query or fragment. */
const shellUrl = new URL('index.html', scopeUrl).href;
// Servers often answer `Vary: Origin`; a module script's request carries an Origin header that the
// install-time request did not, so a match that honoured Vary would miss every cached script.
const MATCH = { ignoreVary: true } as const;

worker.addEventListener('install', (event) => {
  event.waitUntil(precache().then(() => worker.skipWaiting()));
});

/**
 * Fetch every file of the build into this version's cache. `no-cache` revalidates with the server,
 * so the browser's HTTP cache cannot hand back an index.html of the previous release.
 */
async function precache(): Promise<void> {
  const cache = await worker.caches.open(CACHE_NAME);
  await Promise.all(
    PRECACHE.files.map(async (file) => {
      const response = await fetch(new URL(file, scopeUrl), { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${file} could not be cached: HTTP ${response.status}`);
      await cache.put(new URL(file, scopeUrl), await servable(response));
    }),
  );
}

/**
 * A response a navigation may be answered with. Browsers refuse a redirected response there, and
 * some hosts redirect /index.html to /, so such a response is copied without its redirect.
 */
async function servable(response: Response): Promise<Response> {
  if (!response.redirected) return response;
  const { status, statusText, headers } = response;
  return new Response(await response.blob(), { status, statusText, headers });
}

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
  if (request.method !== 'GET' || !request.url.startsWith(scopeUrl)) return;
  event.respondWith(request.mode === 'navigate' ? networkFirst(request) : cacheFirst(request));
});

/** The page from the network, or, when the network fails or hangs, the cached app shell. */
async function networkFirst(request: Request): Promise<Response> {
  const cached = async () => {
    const cache = await worker.caches.open(CACHE_NAME);
    return (await cache.match(request, { ...MATCH, ignoreSearch: true })) ?? cache.match(shellUrl, MATCH);
  };
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
  const cache = await worker.caches.open(CACHE_NAME);
  const hit = await cache.match(request, MATCH);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.status === 200 && response.type === 'basic') {
    // A full cache only means the file comes from the network again next time.
    cache.put(request, response.clone()).catch(() => undefined);
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
