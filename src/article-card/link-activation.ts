/**
 * How a reader activated a story's link, as far as the host page may take it over:
 * - `plain`: the primary button or Enter, without a modifier key. The browser would follow the
 *   link in this tab, and a host's router may do that instead (`news-article-click` is cancelable).
 * - `platform`: the middle button, or a click or Enter with Ctrl, ⌘, Shift or Alt. The browser
 *   opens a tab or a window, or downloads, as the reader asked; the host hears it but cannot stop it.
 * - undefined: no activation of the link (another button, e.g. the context menu's).
 */
export type LinkActivation = 'plain' | 'platform';

export function linkActivation(event: MouseEvent): LinkActivation | undefined {
  if (event.button !== 0 && event.button !== 1) return undefined;
  const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;
  return event.button === 0 && !modified ? 'plain' : 'platform';
}
