import { css } from 'lit';

/*
 * Every text block has a fixed number of lines per variant (clamped when longer, reserved when
 * shorter), so the loading, error and loaded states take exactly the same box: no layout shift.
 * Headline and excerpt share their reserved lines (`.text`): they flow one after the other
 * (`.flow`) over an invisible `.frame` of the full size, so a short headline is followed by its
 * excerpt, not by a gap. The frame alone sizes the area (the flow lies over it, positioned), since
 * lines in a fallback font can stand taller than the line height.
 *
 * Layout cost (a page may hold a hundred cards): the card is a flex box, not a grid (a grid lays
 * its items out once to size its tracks and again to place them, so a grid card laid its text
 * out twice), and the flow lies over the frame by absolute position for the same reason; where a
 * column is sized it is never by measuring text; the image frame is `contain: strict`, so an
 * image arriving lays out only its frame, and it never changes the card's height. Only the hero,
 * whose text lies over its image, is a grid.
 *
 * Paint cost (a page may paint a thousand cards in one frame, bench/README.md row 2b): a clip is
 * set only where text can be cut (the clamped lines, the flow, each item of the category line),
 * never around boxes that hold them: clips nested in clips, repeated in every card, made Chromium's
 * layerizing most of such a frame's work (10 s of 13 under a transform). The card's rounded
 * corners are drawn by its border and by the radius of the image frame (and of the hero's text
 * band) in the corners they lie in; the frame's paint containment clips the image to it.
 */
export const articleCardStyles = css`
  .card {
    --_inner-radius: calc(var(--_radius) - 1px);
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .card:hover .title a {
    text-decoration: underline;
  }
  .media {
    position: relative;
    flex: none;
    border-radius: var(--_inner-radius) var(--_inner-radius) 0 0;
    contain: strict;
    aspect-ratio: var(--news-image-ratio, 16 / 9);
    background: var(--_placeholder);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    border: 0;
    filter: none;
  }
  .body {
    flex: 1 1 auto;
    display: flex;
    flex-direction: column;
    gap: 6px;
    padding: var(--_space);
    min-inline-size: 0;
  }
  .line-1,
  .line-2,
  .line-3 {
    overflow: hidden;
    margin: 0;
  }
  /* One line is cut with an ellipsis; a one-line clamp would cost a tenth of the card's layout. */
  .line-1 {
    white-space: nowrap;
    text-overflow: ellipsis;
    block-size: 1lh;
  }
  .line-2,
  .line-3 {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    overflow-wrap: anywhere;
  }
  .line-2 {
    -webkit-line-clamp: 2;
    block-size: 2lh;
  }
  .line-3 {
    -webkit-line-clamp: 3;
    block-size: 3lh;
  }
  .text {
    position: relative;
    gap: inherit;
  }
  .text > * {
    display: flex;
    flex-direction: column;
    gap: inherit;
    min-inline-size: 0;
  }
  .frame {
    visibility: hidden;
  }
  .flow {
    position: absolute;
    inset: 0;
    overflow: hidden;
  }
  .flow > * {
    flex-shrink: 0;
    block-size: auto;
  }
  .category-line {
    display: flex;
    gap: 8px;
    align-items: baseline;
    justify-content: space-between;
    block-size: 1lh;
    font-size: 0.8125em;
    white-space: nowrap;
  }
  .category-line > * {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* A warning about the data outranks the category: the category gives way first. */
  .category-line > .stale {
    flex: none;
    max-inline-size: 100%;
  }
  .category {
    font-weight: 600;
    color: var(--_accent);
  }
  .title {
    font-size: var(--news-title-font-size, 1.2em);
    font-weight: 700;
    line-height: 1.25;
  }
  .title a {
    color: inherit;
    text-decoration: none;
  }
  /* One link per card: the headline's link stretches over the whole card, image included. */
  .title a::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 1;
    border-radius: var(--_radius);
  }
  .title a:focus-visible {
    outline: none;
  }
  .title a:focus-visible::after {
    outline: var(--_focus);
    outline-offset: -3px;
  }
  .excerpt {
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .meta {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .author {
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .author-name {
    font-weight: 600;
    color: var(--_text);
  }
  .language {
    padding-inline: 5px;
    border: 1px solid var(--_border);
    border-radius: 4px;
    color: var(--_text);
  }
  .stale {
    font-size: 0.75em;
    color: var(--_muted);
    font-style: italic;
  }

  /* compact: a small thumbnail beside the headline, for rails and sidebars */
  .compact,
  .horizontal {
    flex-direction: row;
  }
  .compact .media,
  .horizontal .media {
    aspect-ratio: auto;
    border-radius: var(--_inner-radius) 0 0 var(--_inner-radius);
  }
  .compact .body,
  .horizontal .body {
    flex-basis: 0;
  }
  .compact .media {
    flex-basis: 96px;
    min-block-size: 72px;
  }
  .compact .body {
    padding: 10px 12px;
    gap: 4px;
  }
  .compact .title {
    font-size: 1em;
  }

  /* horizontal: image beside the text, for lists */
  .horizontal .media {
    flex-basis: 38%;
    min-inline-size: 120px;
  }

  /* hero: the lead story, headline over the image */
  .hero {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
  }
  .hero .media {
    grid-area: 1 / 1;
    /* at least the image's ratio, taller when a narrow card's text needs it */
    align-self: stretch;
    border-radius: var(--_inner-radius);
  }
  .hero .body {
    grid-area: 1 / 1;
    /* A grid item stacks by z-index without being positioned, so the stretched link still spans the card. */
    z-index: 1;
    align-self: end;
    color: #fff;
    background: linear-gradient(transparent, rgb(0 0 0 / 0.78) 35%);
    border-radius: 0 0 var(--_inner-radius) var(--_inner-radius);
    padding-block-start: calc(var(--_space) * 3);
  }
  .hero .title {
    font-size: var(--news-hero-title-font-size, 1.6em);
  }
  .hero .category,
  .hero .excerpt,
  .hero .meta,
  .hero .stale {
    color: rgb(255 255 255 / 0.88);
  }

  /* states other than loaded keep the loaded box and put their message over it (card-frame.ts);
     while loading, a plain block at first, cheap to style and paint on a page of many widgets,
     shimmering only once loading takes long enough for a reader to wonder (.shimmer, set by the
     element after a second) */
  @keyframes news-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  .placeholder .skeleton-block {
    border-radius: 4px;
    background: var(--_placeholder);
  }
  @media (prefers-reduced-motion: no-preference) {
    .shimmer .skeleton-block {
      background-image: linear-gradient(90deg, var(--_placeholder) 40%, var(--_surface) 50%, var(--_placeholder) 60%);
      background-size: 200% 100%;
      animation: news-shimmer 1.4s linear infinite;
    }
  }
  .placeholder.hero .body {
    background: none;
  }
  .placeholder.quiet .skeleton-block {
    visibility: hidden;
  }
  .notice {
    position: absolute;
    inset: 0;
    z-index: 2;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 10px;
    padding: var(--_space);
    text-align: center;
    overflow: auto;
  }
  .notice p {
    margin: 0;
    font-size: 0.9375em;
  }
  .notice ::slotted(*) {
    font-size: 0.875em;
  }
`;
