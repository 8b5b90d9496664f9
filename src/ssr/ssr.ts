/**
 * Server rendering (`news-widgets/ssr`, Node 20 or later, on Lit's own `@lit-labs/ssr`): a widget's
 * HTML with its shadow tree as Declarative Shadow DOM, its data fetched on the server through the
 * same adapters, validation, timeouts and retries as in a browser, and carried in the page so the
 * browser shows it without asking again.
 * @packageDocumentation
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../index.js';
import { loadResource, serve, unserve } from '../data/resource.js';
import { NewsDataError, type NewsErrorDetail } from '../data/types.js';
import { toLang } from '../i18n/language.js';
import { servedDataScript, type ServedData } from '../served-data.js';
import type { ServerRenderContext } from '../server-render.js';
import { NewsElementRenderer } from './element-renderer.js';
import { escapeAttribute } from './escape.js';

/** The elements a server renders. */
export type ServerRenderedTag = 'news-article-card' | 'news-related-rail' | 'news-mourning-banner' | 'news-language-switcher';

const TAGS: readonly string[] = ['news-article-card', 'news-related-rail', 'news-mourning-banner', 'news-language-switcher'];

/** A widget's attributes, as on its tag: `true` for a boolean attribute, `false` or `undefined` for none. */
export type WidgetAttributes = Record<string, string | number | boolean | undefined>;

export interface RenderWidgetOptions {
  /** The page's language, as its `<html lang>` says: what a widget without its own `lang` shows. Default `kk`. */
  lang?: string;
  /**
   * Markup inside the widget, from the host (trusted, not escaped): the light-DOM fallback shown
   * without the script and in the error state, e.g. `<a href="/kk/7">Headline</a>`.
   */
  fallback?: string;
}

export interface RenderedWidget {
  /** The widget's HTML for the page: the element, its shadow tree, its data and its fallback. */
  html: string;
  /** The data the widget shows, as the page carries it; undefined for a widget that loads none. */
  data?: unknown;
  /**
   * Why the widget's data could not be loaded. The widget is then its light-DOM fallback alone, and
   * the browser loads it as if no server had rendered it (showing its error state if that fails too).
   */
  error?: NewsErrorDetail;
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/;

function openingTag(tag: string, attributes: WidgetAttributes): string {
  let text = tag;
  for (const [name, value] of Object.entries(attributes)) {
    if (!ATTRIBUTE_NAME.test(name)) throw new TypeError(`"${name}" is not an attribute name.`);
    if (value === undefined || value === false) continue;
    text += value === true ? ` ${name}` : ` ${name}="${escapeAttribute(String(value))}"`;
  }
  return text;
}

/** One synchronous server render of the widget with what `context` holds. */
function renderOnce(tag: string, attributes: WidgetAttributes, light: string, context: ServerRenderContext): string {
  // Static parts (lit/static-html): the tag and attributes are written into the template before Lit reads it.
  // eslint-disable-next-line lit/binding-positions, lit/no-invalid-html
  const template = html`<${unsafeStatic(openingTag(tag, attributes))}>${unsafeHTML(light)}</${unsafeStatic(tag)}>`;
  return NewsElementRenderer.within(context, () =>
    collectResultSync(render(template, { elementRenderers: [NewsElementRenderer] })),
  );
}

const detailOf = ({ reason, status, url, message }: NewsDataError): NewsErrorDetail => ({ reason, status, url, message });

/**
 * Renders `<tag attributes>` as a browser would show it once loaded: the element, its shadow tree
 * as `<template shadowrootmode="open">` with its styles, and as its first child the data it shows
 * (`<script type="application/json" data-news-served>`). Never throws for data: a failed load
 * renders the light-DOM fallback and says why in `error`.
 * @throws TypeError for a tag this package does not define, or an attribute name that is not one
 */
export async function renderWidget(
  tag: ServerRenderedTag,
  attributes: WidgetAttributes = {},
  { lang: pageLang, fallback = '' }: RenderWidgetOptions = {},
): Promise<RenderedWidget> {
  if (!TAGS.includes(tag)) throw new TypeError(`${tag} is not an element of news-widgets.`);
  const lang = toLang(typeof attributes.lang === 'string' ? attributes.lang : undefined) ?? toLang(pageLang) ?? 'kk';
  const context: ServerRenderContext = { lang: toLang(pageLang) ?? 'kk', needs: [], failures: [] };
  const asBrowserBefore = (error: NewsDataError): RenderedWidget => ({
    html: `<${openingTag(tag, attributes)}>${fallback}</${tag}>`,
    error: detailOf(error),
  });

  // First a render that only finds what the widget asks for; then those loads; then the render.
  renderOnce(tag, attributes, fallback, context);
  if (context.failures.length) return asBrowserBefore(context.failures[0]);
  const [request] = context.needs;
  const served: ServedData = { lang };
  if (request) {
    try {
      const { value, staleBecause } = await loadResource(request);
      if (staleBecause) return asBrowserBefore(staleBecause);
      Object.assign(served, { key: request.key, value });
    } catch (error) {
      if (!(error instanceof NewsDataError)) throw error;
      return asBrowserBefore(error);
    }
  }
  context.needs = [];
  // Served only while this synchronous render runs: the next page asks the endpoint anew.
  if (request) serve(request, served.value);
  try {
    return { html: renderOnce(tag, attributes, servedDataScript(served) + fallback, context), data: served.value };
  } finally {
    if (request) unserve(request);
  }
}
