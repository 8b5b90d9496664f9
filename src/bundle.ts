/**
 * The entry of the single-file bundle `dist/news-widgets.js`: everything src/index.ts exports,
 * Lit included, for a plain `<script type="module">`.
 * @packageDocumentation
 */
// First, so the elements' modules below hold their registration back (see the end of this file).
import './hold-registrations.js';
import { releaseRegistrations } from './registration.js';

export * from './index.js';

/*
 * The elements are registered one task after this module runs, not while it runs. A module script
 * runs as the document finishes parsing, and Chromium styles and lays out the whole page in that
 * same task: registering at once put every widget's first render and its style and layout into
 * one long task (60-80 ms for a page of 50 widgets on a slow machine; since, rarely one over 50).
 * Should a frame come first, the registration runs just before it is drawn (a frame's animation
 * callbacks run before its paint), so no frame shows a widget unregistered after this module ran.
 * A module importing this one waits for the registration (top-level await), so its code finds the
 * elements registered.
 */
await new Promise((resolve) => {
  setTimeout(resolve);
  // A worker or a server has no frames; the timer alone lets the module finish there.
  globalThis.requestAnimationFrame?.(resolve);
});
releaseRegistrations();
