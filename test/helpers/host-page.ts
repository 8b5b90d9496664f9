import { waitUntil } from '@open-wc/testing';

/**
 * Host pages of their own, in frames: a page the library does not control (its own policy, its
 * own elements) or a page to reload, with the library loaded by host-frame.ts.
 */

export interface HostFrame extends Window {
  /** Policy violations and errors on the page, from before the library loaded. */
  seen: { violations: string[]; errors: string[] };
  newsReady?: boolean;
}

export interface HostPage {
  frame: HTMLIFrameElement;
  win: HostFrame;
  doc: Document;
}

/** Resolves once the library has loaded in the frame's (current) page. */
export async function libraryLoaded(frame: HTMLIFrameElement): Promise<HostPage> {
  const win = () => frame.contentWindow as HostFrame | null;
  await waitUntil(() => win()?.newsReady, 'the library never loaded in the host page', { timeout: 10_000 });
  return { frame, win: win()!, doc: frame.contentDocument! };
}

/**
 * A host page in a frame at the top of the test page: `head` and `body` as given, the library's
 * script after them. Remove the frame when done.
 */
export async function hostPage(head = '', body = ''): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'display: block; width: 1000px; height: 1100px; border: 0';
  const page = `<!doctype html><html lang="kk"><head><meta charset="utf-8">${head}<script type="module" src="/test/helpers/host-frame.ts"></script></head><body>${body}</body></html>`;
  // Served by the test server (web-test-runner.config.mjs), so the page has a URL of its own.
  frame.src = `/test/host-page.html?${new URLSearchParams({ html: page })}`;
  document.body.prepend(frame);
  return libraryLoaded(frame);
}

/** An element made by the frame's own document, so the frame's registry (and policy) owns it. */
export function make(doc: Document, tag: string, attributes: Record<string, string> = {}, parent: Element = doc.body): HTMLElement {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  parent.append(element);
  return element;
}
