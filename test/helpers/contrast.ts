/** A colour as sRGB channels 0–255 and alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const paint = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour a computed style gives (`rgb()`, `color(srgb …)`, `oklch()` …), as the browser paints it. */
export function toRgba(color: string): Rgba {
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = color;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = paint.getImageData(0, 0, 1, 1).data;
  return { r, g, b, a: a / 255 };
}

/** The element holding `element`, across shadow roots. */
const holder = (element: Element): Element | null => element.parentElement ?? ((element.getRootNode() as ShadowRoot).host || null);

/** The opaque colour painted behind `element`'s text: the nearest background that is not transparent (white past the root). */
export function backgroundBehind(element: Element): Rgba {
  for (let at: Element | null = element; at; at = holder(at)) {
    const background = toRgba(getComputedStyle(at).backgroundColor);
    if (background.a > 0.5) return background;
  }
  return { r: 255, g: 255, b: 255, a: 1 };
}

const luminance = ({ r, g, b }: Rgba) => {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
};

/** The WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(one: Rgba, other: Rgba): number {
  const [light, dark] = [luminance(one), luminance(other)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The contrast of `element`'s text with what is painted behind it. */
export const textContrast = (element: Element): number => contrast(toRgba(getComputedStyle(element).color), backgroundBehind(element));

/** Whether `color` is a light colour (relative luminance above the middle grey's). */
export const isLight = (color: Rgba): boolean => luminance(color) > 0.18;
