import { css, unsafeCSS } from 'lit';
import { RELATIVE_COLOURS, byGround, type GroundPair } from './scheme.js';

/**
 * The design tokens every element reads. Hosts theme through the public `--news-*` custom
 * properties; elements use the private `--_*` copies. Defaults are in px and explicit colours so
 * nothing depends on the host's root font size or text colour.
 *
 * Light or dark is the host page's own `color-scheme`, inherited (a page that declares none is
 * light), or the element's `theme`. A colour token the host leaves unset takes the scheme of the
 * surface: the host's `--news-color-surface`, else the opposite of its `--news-color-text`, else
 * the page's; so a host that sets some colours and not others never gets text of one scheme on a
 * surface of the other.
 *
 * In forced colours (Windows High Contrast) every token is one of the reader's system colours, so
 * computed values match what shows, and buttons get a border: nothing relies on a background alone.
 */

/** Colour tokens: public name, private name, default on a light surface and on a dark one. */
const COLOURS: [string, string, GroundPair][] = [
  ['--news-color-text', '--_text', { onLight: '#1b1d21', onDark: '#eceef1' }],
  ['--news-color-muted', '--_muted', { onLight: '#5b6068', onDark: '#a5abb4' }],
  ['--news-color-surface', '--_surface', { onLight: '#ffffff', onDark: '#17191d' }],
  ['--news-color-border', '--_border', { onLight: '#e2e4e8', onDark: '#30343a' }],
  ['--news-accent', '--_accent', { onLight: '#0a5aa8', onDark: '#7cb8ff' }],
  ['--news-color-placeholder', '--_placeholder', { onLight: '#eceef1', onDark: '#262a30' }],
];
/** Text on the accent colour: dark on a light accent, white on a dark one. */
const ON_ACCENT: GroundPair = { onLight: '#0d1117', onDark: '#ffffff' };

// The surface the scheme is read from, in each branch: the host's, or its text colour turned over.
const surfaceIn = (branch: 'light' | 'dark') => `var(--_surface-${branch})`;
const turnedOver = (text: string) => `rgb(from var(--news-color-text, ${text}) calc(255 - r) calc(255 - g) calc(255 - b))`;

const followingTheSurface = unsafeCSS(
  [
    `--_surface-light: var(--news-color-surface, ${turnedOver(COLOURS[0][2].onLight)});`,
    `--_surface-dark: var(--news-color-surface, ${turnedOver(COLOURS[0][2].onDark)});`,
    ...COLOURS.map(([name, own, pair]) => `${own}: var(${name}, ${byGround(pair, surfaceIn)});`),
    `--_on-accent: var(--news-on-accent, ${byGround(ON_ACCENT, () => 'var(--_accent)')});`,
  ].join('\n'),
);

// Engines without relative colours (Firefox before 128) get the pairs as they are.
const pairsAlone = unsafeCSS(
  [
    ...COLOURS.map(([name, own, { onLight, onDark }]) => `${own}: var(${name}, light-dark(${onLight}, ${onDark}));`),
    `--_on-accent: var(--news-on-accent, light-dark(${ON_ACCENT.onDark}, ${ON_ACCENT.onLight}));`,
  ].join('\n'),
);
const RELATIVE = unsafeCSS(RELATIVE_COLOURS);

/** Tokens, light/dark switching, and the host box, shared by every element. */
export const baseStyles = css`
  :host {
    ${followingTheSurface}
    --_font: var(--news-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_font-size: var(--news-font-size, 16px);
    --_line-height: var(--news-line-height, 1.45);
    --_radius: var(--news-radius, 10px);
    --_space: var(--news-space, 16px);
    --_focus: var(--news-focus-ring, 2px solid var(--_accent));
    /* Important inside a shadow tree beats the host page's important rules, so a host's
       "* { all: unset !important }" cannot turn a widget inline, a global writing-mode turn it
       sideways, or "white-space: pre" make lines of the template's own whitespace. */
    display: block !important;
    writing-mode: horizontal-tb !important;
    white-space: normal !important;
    /* Firefox counts an inline-block's own text-indent in its width, content or none (a host's
       "text-indent: 3em" made the switcher 13px wider). */
    text-indent: 0 !important;
    box-sizing: border-box;
  }
  /* A host's "*::before { content: … }" would put its text inside the widget's box. */
  :host::before,
  :host::after {
    content: none !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  @supports not (${RELATIVE}) {
    :host {
      ${pairsAlone}
    }
  }
  /* Forced colours: the reader's system colours, as computed values too. */
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_muted: CanvasText;
      --_surface: Canvas;
      --_border: CanvasText;
      --_accent: CanvasText;
      --_on-accent: Canvas;
      --_placeholder: Canvas;
      --_focus: 2px solid Highlight;
    }
    button {
      color: ButtonText;
      background: ButtonFace;
      border: 1px solid ButtonText;
    }
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Every inherited property that shows in a widget is set here, so nothing leaks in from the
     host; the font shorthand also resets variants, stretch, kerning and feature settings. */
  .root {
    box-sizing: border-box;
    font: 400 var(--_font-size) / var(--_line-height) var(--_font);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-align-last: auto;
    text-transform: none;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: normal;
    line-break: auto;
    hyphens: manual;
    direction: ltr;
    color: var(--_text);
    -webkit-text-fill-color: currentcolor;
    -webkit-text-stroke: 0;
    visibility: visible;
    cursor: auto;
    pointer-events: auto;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button {
    font: inherit;
    cursor: pointer;
    color: var(--_on-accent);
    background: var(--_accent);
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    padding: 6px 14px;
    line-height: 1.4;
  }
  button:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }
`;
