/**
 * A reader's "close" on the mourning banner, kept for the rest of that day only: it is stored
 * as the date it was given on, so it lapses by itself at the next midnight. One for the whole
 * site, so the banner stays closed on the reader's next page too.
 *
 * @module
 */

/** The localStorage key holding the date (`YYYY-MM-DD`) on which the reader closed the banner. */
export const DISMISSAL_STORAGE_KEY = 'news-widgets:mourning-dismissed';

/** Where storage is missing or refuses (privacy modes, sandboxed frames), the dismissal lasts for this page. */
let dismissedOn: string | undefined;

/** Whether the reader closed the banner on `today` (`YYYY-MM-DD`). */
export function isDismissed(today: string): boolean {
  if (dismissedOn === today) return true;
  try {
    return localStorage.getItem(DISMISSAL_STORAGE_KEY) === today;
  } catch {
    return false;
  }
}

/** Remembers that the reader closed the banner on `today`. */
export function dismiss(today: string): void {
  try {
    localStorage.setItem(DISMISSAL_STORAGE_KEY, today);
  } catch {
    dismissedOn = today;
  }
}
