// Functions test/a11y/demo-pages.mjs runs inside the page (Playwright sends their source), so each
// stands alone: no imports, no outer variables.

/** Scrolls the page through and back to the top: widgets load as they near the viewport. */
export async function scrollThrough() {
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  scrollTo(0, 0);
}

/** True once every element named in `tags` has rendered and none is loading. */
export function widgetsSettled(tags) {
  return [...document.querySelectorAll(tags.join(','))].every(
    (element) => element.shadowRoot && !element.shadowRoot.querySelector('[aria-busy="true"]'),
  );
}

/** Mean luminance (0–1) of a PNG's pixels (base64) and the share of them unlike its first pixel. */
export async function readPng(base64) {
  const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${base64}`)).blob());
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let sum = 0;
  let unlike = 0;
  for (let i = 0; i < data.length; i += 4) {
    sum += (0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2]) / 255;
    if (Math.abs(data[i] - data[0]) + Math.abs(data[i + 1] - data[1]) + Math.abs(data[i + 2] - data[2]) > 60) unlike++;
  }
  const pixels = data.length / 4;
  return { luminance: sum / pixels, unlike: unlike / pixels };
}

/** Runs axe (already added to the page) on the page or within `include`'s tags; its violations. */
export async function axeViolations(include) {
  // eslint-disable-next-line no-undef -- axe is the script added to the page before
  const results = await axe.run(include ? { include: include.map((tag) => [tag]) } : document, { resultTypes: ['violations'] });
  return results.violations;
}
