// Registers the service worker of the built site (see serviceWorker.ts) so Eventscape keeps working
// offline after the first visit. Development builds skip it: a cached app would hide live edits.

/** Registers `sw.js` beside the page once it has loaded, in production builds only. */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    // Relative to the page, so the site works from any path; the scope is the page's folder.
    navigator.serviceWorker.register('./sw.js').catch((error: unknown) => {
      console.warn('Eventscape will not work offline: the service worker did not register.', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
