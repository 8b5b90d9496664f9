import type { Clock } from '../../src/mourning-banner/clock.js';

/**
 * A wall clock that moves only when a test moves it, with timers that fire as it passes them:
 * a midnight can be stepped through without waiting for one.
 */
export class FakeClock implements Clock {
  private readonly timers = new Map<number, { due: number; callback: () => void }>();
  private lastId = 0;

  constructor(private time: number) {}

  now = (): number => this.time;

  setTimeout = (callback: () => void, ms: number): number => {
    this.timers.set(++this.lastId, { due: this.time + Math.max(0, ms), callback });
    return this.lastId;
  };

  clearTimeout = (id: number | undefined): void => {
    if (id !== undefined) this.timers.delete(id);
  };

  /** Moves the clock forward `ms`, firing the timers that fall due on the way, in order. */
  tick(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      let next: [number, { due: number; callback: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].due <= end && (!next || entry[1].due < next[1].due)) next = entry;
      if (!next) break;
      this.timers.delete(next[0]);
      this.time = next[1].due;
      next[1].callback();
    }
    this.time = end;
  }

  /** Moves the wall clock `ms` while timers stand still, as while a computer sleeps. */
  sleep(ms: number): void {
    this.time += ms;
    for (const timer of this.timers.values()) timer.due += ms;
  }
}
