import { css, unsafeCSS } from 'lit';
import { RELATIVE_COLOURS, byGround } from '../styles/scheme.js';

/*
 * A quiet black band: neutral greys only (the page around it may be greyed), no animation, and
 * black in dark mode too, set off from a dark page by a line under it. A host's own band colour
 * gets text that reads on it, light or dark, unless it sets that too. The ribbon and the close
 * button are centred on the title's first line (1lh), however the text wraps. In forced colours the
 * band is the reader's Canvas, set off by a line, and the ribbon is drawn in their text colour.
 */
const band = () => 'var(--_band)';
const onTheBand = unsafeCSS(
  [
    `--_band-text: var(--news-mourning-color, ${byGround({ onLight: '#161616', onDark: '#f2f2f2' }, band)});`,
    `--_band-muted: var(--news-mourning-muted, ${byGround({ onLight: '#4a4a4a', onDark: '#c4c4c4' }, band)});`,
  ].join('\n'),
);

export const mourningBannerStyles = css`
  :host {
    --_band: var(--news-mourning-background, light-dark(#161616, #000));
    --_band-edge: var(--news-mourning-edge, light-dark(transparent, #3a3a3a));
    ${onTheBand}
  }
  @supports not (${unsafeCSS(RELATIVE_COLOURS)}) {
    :host {
      --_band-text: var(--news-mourning-color, #f2f2f2);
      --_band-muted: var(--news-mourning-muted, #c4c4c4);
    }
  }
  @media (forced-colors: active) {
    :host {
      --_band: Canvas;
      --_band-text: CanvasText;
      --_band-muted: CanvasText;
      --_band-edge: CanvasText;
    }
    .ribbon {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  .banner {
    color: var(--_band-text);
    background: var(--_band);
    border-block-end: 1px solid var(--_band-edge);
  }
  .inner {
    display: flex;
    align-items: flex-start;
    gap: 12px;
    max-inline-size: var(--news-mourning-max-width, none);
    margin-inline: auto;
    padding: 10px var(--_space);
  }
  .ribbon {
    flex: none;
    inline-size: 20px;
    block-size: 27px;
    margin-block: calc((1lh - 27px) / 2);
    fill: var(--news-mourning-ribbon, #000);
    stroke: currentColor;
    stroke-width: 1.2;
    stroke-linejoin: round;
  }
  .text {
    flex: 1;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .title,
  .message {
    margin: 0;
  }
  .title {
    font-weight: 600;
  }
  .message {
    font-size: 0.875em;
    color: var(--_band-muted);
  }
  .message[hidden] {
    display: none;
  }
  a {
    color: var(--_band-text);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  .close:focus-visible {
    outline: 2px solid currentColor;
    outline-offset: 2px;
    border-radius: 2px;
  }
  .close {
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 40px;
    block-size: 40px;
    margin-block: calc((1lh - 40px) / 2);
    margin-inline-end: -10px;
    padding: 0;
    color: inherit;
    background: transparent;
    border-radius: 50%;
  }
  .close:hover {
    background: color-mix(in srgb, currentColor 14%, transparent);
  }
  .close svg {
    inline-size: 14px;
    block-size: 14px;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
  }
`;
