// Functions test/visual/visual.mjs runs inside the page (Playwright sends their source), so each
// stands alone: no imports, no outer variables.

/** True once `selector` matches inside the page (through shadow roots) and every image in view has loaded. */
export function settled(selector) {
  const roots = [document];
  const all = [];
  while (roots.length) {
    const root = roots.pop();
    for (const element of root.querySelectorAll('*')) {
      all.push(element);
      if (element.shadowRoot) roots.push(element.shadowRoot);
    }
  }
  const found = all.some((element) => element.matches(selector));
  // Lazy images beyond the viewport (further along a rail) or not displayed never load, and do not show.
  const shown = (image) => {
    const box = image.getBoundingClientRect();
    return box.width > 0 && box.left < innerWidth && box.top < innerHeight;
  };
  const images = all.filter((element) => element.localName === 'img' && shown(element));
  return found && images.every((image) => image.complete) && document.fonts.status === 'loaded';
}

/**
 * Renders the widgets as for a reader who prefers reduced motion, where no protocol can emulate
 * it (Firefox, WebKit): each element's adopted stylesheets answer the feature only in
 * `@media (prefers-reduced-motion: …)` rules, so each such rule's media becomes what it would
 * evaluate to (as test/helpers/reader-preferences.ts does for the browser tests). False until
 * the elements are defined.
 */
export function preferReducedMotion() {
  const tags = ['news-article-card', 'news-related-rail', 'news-mourning-banner', 'news-language-switcher'];
  const classes = tags.map((tag) => customElements.get(tag));
  if (!classes.every(Boolean)) return false;
  const sheets = new Set(classes.flatMap((element) => element.elementStyles.map((style) => style.styleSheet ?? style)));
  const rules = [...sheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule) => rule instanceof CSSMediaRule);
  for (const rule of rules) {
    const answer = /^\(prefers-reduced-motion:\s*([a-z-]+)\)$/.exec(rule.media.mediaText);
    if (answer) rule.media.mediaText = answer[1] === 'reduce' ? 'all' : 'not all';
  }
  return true;
}

/** Clicks what `selector` matches in the shadow root of the shot's element. */
export function clickInShot(selector) {
  document.querySelector('#shot > *').shadowRoot.querySelector(selector).click();
}

/** Goes to `url` just after answering (an answer from a page that is leaving may never come). */
export function visitSoon(url) {
  setTimeout(() => location.assign(url));
}

/** True once the page is `url`. */
export function isVisiting(url) {
  return location.href === url;
}

/** Resolves after two frames: whatever the last update changed has been painted. */
export function nextFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Compares two PNGs (base64) pixel by pixel, a pixel differing when a channel is off by more than
 * `channelTolerance`. Returns the share of differing pixels and a diff image (base64 PNG): changed
 * pixels red on a faint grey copy of the baseline.
 */
export async function comparePngs({ actual, expected, channelTolerance }) {
  const load = async (base64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const [one, two] = await Promise.all([load(actual), load(expected)]);
  if (one.width !== two.width || one.height !== two.height) {
    return { size: `${two.width}×${two.height} became ${one.width}×${one.height}`, share: 1 };
  }
  const diff = new ImageData(one.width, one.height);
  let differing = 0;
  for (let i = 0; i < one.data.length; i += 4) {
    const off = [0, 1, 2, 3].some((c) => Math.abs(one.data[i + c] - two.data[i + c]) > channelTolerance);
    if (off) differing++;
    const grey = 255 - (255 - (two.data[i] + two.data[i + 1] + two.data[i + 2]) / 3) / 4;
    diff.data.set(off ? [230, 0, 40, 255] : [grey, grey, grey, 255], i);
  }
  const canvas = new OffscreenCanvas(one.width, one.height);
  canvas.getContext('2d').putImageData(diff, 0, 0);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { share: differing / (one.width * one.height), differing, diff: btoa(binary) };
}
