/**
 * The mourning banner's time source: the wall clock and its timers. Every time-dependent line
 * of the banner reads {@link clock}, so tests can put a fake one in its place with
 * {@link useClock} and step through a midnight.
 *
 * @module
 */

/** A wall clock with timers. */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(id: number | undefined): void;
}

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => window.setTimeout(callback, ms),
  clearTimeout: (id) => window.clearTimeout(id),
};

/** The clock in use. */
export let clock: Clock = systemClock;

/** Puts `replacement` in place of the system clock; without an argument, restores the system clock. */
export function useClock(replacement: Clock = systemClock): void {
  clock = replacement;
}
