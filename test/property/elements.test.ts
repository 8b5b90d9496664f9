/**
 * Property tests of every element (issue 16): arbitrary and near-valid attribute values, and
 * arbitrary and near-valid data for the `article` and `articles` properties, against the mock
 * endpoint and a stubbed endpoint answering arbitrary JSON. For every case: no uncaught exception
 * or unhandled rejection, no change blocking the main thread over 50 ms, the widget settles
 * loaded, empty or in its error state within its timeout, nothing from the data becomes markup or
 * a non-http(s) URL, and the host page is as before once the widget leaves (widget-watch.ts).
 * `npm test` tries a bounded number of cases; `npm run fuzz` many more (property-runs.ts).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { propertyRuns, propertyTimeout } from '../helpers/property-runs.js';
import { anyString, anyUrl, articleData, articleListData, attributesOf, attributeValue } from './element-inputs.js';
import { TIMEOUT_MS, checkWidget, network, type WidgetCase } from './widget-run.js';

/** The longest one case may take: the timeout, settling, and the rest of the case. */
const CASE_MS = TIMEOUT_MS + 4000;

const cases: Record<string, { runs: number; input: fc.Arbitrary<WidgetCase> }> = {
  'news-article-card': {
    runs: 30,
    input: fc.record({
      tag: fc.constant('news-article-card'),
      attributes: attributesOf('news-article-card'),
      properties: fc.option(fc.record({ article: articleData }), { nil: undefined }),
      network,
    }),
  },
  'news-related-rail': {
    runs: 30,
    input: fc.record({
      tag: fc.constant('news-related-rail'),
      attributes: attributesOf('news-related-rail'),
      properties: fc.option(fc.record({ articles: articleListData }), { nil: undefined, freq: 4 }),
      network,
    }),
  },
  'news-mourning-banner': {
    runs: 30,
    input: fc.record({ tag: fc.constant('news-mourning-banner'), attributes: attributesOf('news-mourning-banner'), network }),
  },
  'news-language-switcher': {
    runs: 20,
    input: fc.record({
      tag: fc.constant('news-language-switcher'),
      attributes: attributesOf('news-language-switcher'),
      network: fc.constant({ kind: 'mock' as const }),
      alternates: fc.array(fc.record({ hreflang: attributeValue('news-language-switcher', 'value'), href: fc.oneof(anyUrl, anyString) }), { maxLength: 4 }),
    }),
  },
};

describe('every element, given any attributes and data (property tests)', () => {
  for (const [tag, { runs, input }] of Object.entries(cases)) {
    it(`<${tag}> settles, never throws, never blocks, never renders markup or unsafe URLs from its attributes or data`, async function () {
      const parameters = await propertyRuns<[WidgetCase]>(runs);
      this.timeout(await propertyTimeout(runs * CASE_MS));
      await fc.assert(
        fc.asyncProperty(input, async (widgetCase) => {
          expect((await checkWidget(widgetCase)).join('\n')).to.equal('');
        }),
        parameters,
      );
    });
  }
});
