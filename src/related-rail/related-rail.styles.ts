import { css } from 'lit';

/*
 * Items are compact cards; the layouts only place them. The skeleton list holds the same cards'
 * frames (card-frame.ts), styled here by the card's own styles, so the loaded stories land in the
 * box the skeleton held. The rail's class names therefore avoid the card's (`.message`, not `.notice`).
 *
 * Why, rule by rule (comments stay out of the template, which ships as written):
 * - The rail is a panel with its own surface, so its heading stays readable in dark mode on any
 *   host page. Its width never follows its content (`contain: inline-size`), so it is the same
 *   loading and loaded; in a box that sizes to its content (a flex row, a float, an inline-block)
 *   it is a column's width, 320px and its padding, never the width of its padding alone.
 * - Only the header is a size container, for the narrow heading: a container's contents get their
 *   styles inside layout, and with the whole panel as one, a page of rails laid out twice as slowly.
 * - The header is as tall as the buttons, so it does not grow when they appear. The stale note
 *   gives way to the heading: the heading never shrinks below the width it has while loading (all
 *   of the header but the buttons: 2 × 36px, 8px apart, 12px from it), the note takes what is
 *   left, down to nothing (its spacing inside it), so the heading wraps as it did while loading and
 *   the rail keeps its box; the note's full text is its title.
 * - An item is a plain block its card fills, not a grid: a grid item is laid out twice (the
 *   card's styles say why that matters).
 * - rail: one row that scrolls sideways by touch, wheel, keys or buttons, snapping to stories; the
 *   row runs to the panel's edges, with stories snapping in line with the heading, and fades out
 *   under the panel's padding so a story cut by the edge reads as "more this way".
 * - A narrow rail's heading is a little smaller, so it wraps beside the buttons in two lines, not three.
 * - list: the seed's sidebar look, headlines and excerpts with rules across the panel; the card
 *   pads its text by 12px, the extra padding lines it up with the heading.
 * - grid: columns from the rail's own width, no container query: as many as fit at
 *   (600px - gap) / 2 each, never more than three (each at least a third of the width), so two
 *   columns from 600px and three from 906px (at the default gap).
 */
export const relatedRailStyles = css`
  :host(:state(empty):not([show-empty])) {
    display: none !important;
  }
  section {
    contain: inline-size;
    contain-intrinsic-inline-size: 320px;
    display: flex;
    flex-direction: column;
    gap: 12px;
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .header {
    display: flex;
    align-items: center;
    min-block-size: 36px;
    container-type: inline-size;
  }
  .heading {
    flex: 1 0 auto;
    max-inline-size: 100%;
    font-size: var(--news-heading-font-size, 1.25em);
    font-weight: 700;
    line-height: 1.25;
    overflow-wrap: anywhere;
  }
  @container (max-width: 440px) {
    .heading {
      font-size: var(--news-heading-font-size, 1.125em);
    }
  }
  .rail .heading {
    max-inline-size: calc(100% - 92px);
  }
  .stale-note {
    flex: 0 1000 auto;
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    font-size: 0.8125em;
    font-style: italic;
    color: var(--_muted);
  }
  .stale-note::before {
    content: '';
    display: inline-block;
    inline-size: 12px;
  }

  .items {
    display: grid;
    gap: var(--news-gap, 12px);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li {
    min-inline-size: 0;
  }
  li > * {
    block-size: 100%;
  }

  .rail .items {
    grid-auto-flow: column;
    grid-auto-columns: var(--news-rail-item-width, min(300px, 85%));
    margin-inline: calc(-1 * var(--_space));
    padding-inline: var(--_space);
    scroll-padding-inline: var(--_space);
    mask-image: linear-gradient(to right, transparent, #000 var(--_space), #000 calc(100% - var(--_space)), transparent);
    /* the loading frames' row too: where scrollbars take room (Firefox, desktop Chrome), the
       frames' scrollbar keeps the one the stories bring, so nothing moves when they arrive */
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scroll-snap-type: x mandatory;
    scrollbar-width: thin;
  }
  .rail li {
    scroll-snap-align: start;
  }
  @media (prefers-reduced-motion: no-preference) {
    .rail .items {
      scroll-behavior: smooth;
    }
  }
  .buttons {
    display: flex;
    gap: 8px;
    margin-inline-start: 12px;
  }
  .buttons[hidden] {
    visibility: hidden;
  }
  .page {
    display: grid;
    place-items: center;
    inline-size: 36px;
    block-size: 36px;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: 50%;
    color: var(--_text);
    background: var(--_surface);
  }
  .page:hover:not([aria-disabled='true']) {
    border-color: var(--_accent);
    color: var(--_accent);
  }
  .page[aria-disabled='true'] {
    cursor: default;
    opacity: 0.4;
  }
  .page svg {
    inline-size: 16px;
    block-size: 16px;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  .list .items {
    grid-template-columns: minmax(0, 1fr);
    gap: 0;
    margin-inline: calc(-1 * var(--_space));
  }
  .list li + li {
    border-block-start: 1px solid var(--_border);
  }
  .list news-article-card::part(card),
  .list .card {
    padding-inline: max(0px, var(--_space) - 12px);
    border: 0;
    border-radius: 0;
  }
  .list news-article-card::part(media),
  .list .media {
    display: none;
  }

  .grid .items {
    grid-template-columns: repeat(
      auto-fill,
      minmax(min(100%, max((600px - var(--news-gap, 12px)) / 2, (100% - 2 * var(--news-gap, 12px)) / 3)), 1fr)
    );
  }

  .message {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 10px;
    margin: 0;
  }
  .message p {
    margin: 0;
  }
  .message.quiet {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .message ::slotted(*) {
    font-size: 0.875em;
  }
`;
