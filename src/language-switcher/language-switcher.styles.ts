import { css } from 'lit';

/*
 * No text-transform anywhere: uppercasing Kazakh Latin needs i → İ, which CSS gets wrong, and
 * `.root` resets the property so a host's uppercase header cannot reach in.
 * - buttons: a segmented toggle; the current language is marked by colour alone, since a bolder
 *   word would widen the row at every choice.
 * - menu: a button showing the current language, opening a list of all of them that hangs from
 *   the button's end edge (`.flip`: from its start edge, near the viewport's other side).
 *   Where the row has no room (a phone's masthead), it stays one line and scrolls, the current
 *   language kept in view, instead of wrapping into a stack: the pill keeps its box. The host may
 *   shrink below the row's width (min-inline-size: 0 for a flex row), never past its container.
 * The chevron and the check mark are drawn with borders: no glyph for screen readers to read out.
 * Forced colours (Windows High Contrast) drop backgrounds: the current language is then the
 * selected one in the reader's palette (Highlight) and outlined, so it shows in any palette.
 * (Comments inside css`` would ship in the bundle, hence here.)
 */
export const languageSwitcherStyles = css`
  :host {
    display: inline-block !important;
    vertical-align: middle;
    min-inline-size: 0;
    max-inline-size: 100%;
  }
  .option {
    display: flex;
    align-items: center;
    gap: 8px;
    font-size: 0.875em;
    line-height: 1.4;
    padding: 5px 12px;
    color: var(--_text);
    background: transparent;
    border: 0;
    border-radius: 999px;
    text-decoration: none;
    white-space: nowrap;
  }
  .option:hover {
    background: var(--_placeholder);
  }
  .option:focus-visible {
    outline: var(--_focus);
    outline-offset: 2px;
  }

  .group {
    display: flex;
    gap: 2px;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: none;
    padding: 2px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .group::-webkit-scrollbar {
    display: none;
  }
  .group .option {
    flex: none;
  }
  .group .option[aria-current] {
    color: var(--_on-accent);
    background: var(--_accent);
  }
  @media (forced-colors: active) {
    .group .option {
      border: 1px solid transparent;
    }
    .group .option[aria-current] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: CanvasText;
    }
    .menu .option[aria-current]::before {
      border-color: CanvasText;
    }
  }

  .menu-wrap {
    position: relative;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 10px;
    font-size: 0.875em;
    padding: 6px 12px;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    white-space: nowrap;
  }
  .toggle:hover {
    border-color: var(--_muted);
  }
  .toggle::after {
    content: '';
    inline-size: 0.45em;
    block-size: 0.45em;
    border: solid currentColor;
    border-width: 0 1.5px 1.5px 0;
    transform: translateY(-25%) rotate(45deg);
  }
  .toggle[aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  .menu {
    position: absolute;
    inset-block-start: calc(100% + 6px);
    inset-inline-end: 0;
    z-index: 10;
    display: flex;
    flex-direction: column;
    gap: 2px;
    min-inline-size: max(100%, 11em);
    padding: 4px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.16);
  }
  .menu.flip {
    inset-inline: 0 auto;
  }
  .menu[hidden] {
    display: none;
  }
  .menu:focus {
    outline: none;
  }
  .menu .option {
    position: relative;
    padding: 7px 12px 7px 34px;
    border-radius: calc(var(--_radius) * 0.6);
  }
  .menu .option:focus {
    background: var(--_placeholder);
    outline: none;
  }
  .menu .option:focus-visible {
    outline: var(--_focus);
    outline-offset: -2px;
  }
  .menu .option[aria-current] {
    font-weight: 600;
  }
  .menu .option[aria-current]::before {
    content: '';
    position: absolute;
    inset-inline-start: 14px;
    inset-block-start: 50%;
    inline-size: 0.35em;
    block-size: 0.7em;
    border: solid var(--_accent);
    border-width: 0 2px 2px 0;
    transform: translateY(-60%) rotate(45deg);
  }
`;
