/**
 * Colour tokens that follow the host page's colour scheme, and keep to one scheme when a host
 * sets some of them and not others. Each token's default is picked by CSS alone (live, no
 * script): `light-dark()` picks the branch of the element's inherited `color-scheme`, and in
 * that branch a relative colour reads whether the colour the token sits on is light or dark, so
 * a host's light surface gets dark text even in a dark page, and its dark text a light surface.
 *
 * @module
 */

/** A colour as `#rrggbb`. */
type Hex = `#${string}`;

const channels = (hex: Hex) => [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));

/**
 * Inside `rgb(from …)`: 1 when the colour is light, 0 when dark (the middle grey of WCAG
 * contrast, near 118 of 255, is where black and white text read alike); a colour more than half
 * transparent shows what is behind it, so it counts as `seeThrough`. Written tight: the string
 * is in every widget's computed styles (calc needs spaces around + and - only).
 */
const lightness = (seeThrough: 0 | 1) => {
  const opaque = 'clamp(0,(alpha - .5)*1e3,1)';
  const light = `clamp(0,(.2126*r + .7152*g + .0722*b - 118)*1e3,1)*${opaque}`;
  return seeThrough ? `(${light} + 1 - ${opaque})` : light;
};

/** `onLight` where `origin` is a light colour, `onDark` where it is dark. */
function pick(origin: string, onLight: Hex, onDark: Hex, seeThrough: 0 | 1): string {
  const light = channels(onLight);
  const dark = channels(onDark);
  const channel = (i: number) => `calc(${dark[i]} + ${light[i] - dark[i]}*${lightness(seeThrough)})`;
  return `rgb(from ${origin} ${channel(0)} ${channel(1)} ${channel(2)}/1)`;
}

/** A token's default colour on a light ground and on a dark one. */
export interface GroundPair {
  onLight: Hex;
  onDark: Hex;
}

/**
 * The default of a token the host leaves unset: the pair's colour for the ground it is painted
 * on (or, for a surface, with), `ground` giving that colour in each branch of `light-dark()`.
 * A ground more than half transparent counts as the branch's own scheme.
 */
export function byGround({ onLight, onDark }: GroundPair, ground: (branch: 'light' | 'dark') => string): string {
  return `light-dark(${pick(ground('light'), onLight, onDark, 1)}, ${pick(ground('dark'), onLight, onDark, 0)})`;
}

/** The `@supports` condition of relative colours (Chromium 122, Firefox 128, Safari 18); before them, `light-dark()` pairs alone. */
export const RELATIVE_COLOURS = 'color: rgb(from red r g b)';
