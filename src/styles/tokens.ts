import { css } from 'lit';

/**
 * The design tokens every element reads. Hosts theme through the public `--news-*` custom
 * properties; elements use the private `--_*` copies, whose fallbacks switch for dark mode.
 * Defaults are in px and explicit colours so nothing depends on the host's root font size or
 * text colour.
 */

const light = css`
  --_text: var(--news-color-text, #1b1d21);
  --_muted: var(--news-color-muted, #5b6068);
  --_surface: var(--news-color-surface, #ffffff);
  --_border: var(--news-color-border, #e2e4e8);
  --_accent: var(--news-accent, #0a5aa8);
  --_on-accent: var(--news-on-accent, #ffffff);
  --_placeholder: var(--news-color-placeholder, #eceef1);
`;

const dark = css`
  --_text: var(--news-color-text, #eceef1);
  --_muted: var(--news-color-muted, #a5abb4);
  --_surface: var(--news-color-surface, #17191d);
  --_border: var(--news-color-border, #30343a);
  --_accent: var(--news-accent, #7cb8ff);
  --_on-accent: var(--news-on-accent, #0d1117);
  --_placeholder: var(--news-color-placeholder, #262a30);
`;

/** Tokens, light/dark switching, and the host box, shared by every element. */
export const baseStyles = css`
  :host {
    ${light}
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
  :host([theme='dark']) {
    ${dark}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      color-scheme: dark;
    }
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
