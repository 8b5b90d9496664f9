/**
 * The library's script on the host pages that tests write into frames (host-page.ts): notes every
 * policy violation and error from the first moment, then loads the library, so the test can put
 * widgets on a page it does not control.
 */
const seen = { violations: [] as string[], errors: [] as string[] };
document.addEventListener('securitypolicyviolation', (event) =>
  seen.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
);
addEventListener('error', (event) => seen.errors.push(event.message));
addEventListener('unhandledrejection', (event) => seen.errors.push(String(event.reason)));
Object.assign(window, { seen });

await import('../../src/index.js');
Object.assign(window, { newsReady: true });

export {};
