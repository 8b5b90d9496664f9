/**
 * Property tests of live elements (issue 16): attributes set, changed and removed, and data
 * given, in arbitrary sequences (fast-check's model-based commands), some of them while a load
 * runs, with pauses for the widget to settle. Every change keeps what elements.test.ts asks of a
 * mounted widget (widget-watch.ts), and where the sequence ends the widget shows what a widget
 * mounted fresh with its final attributes and data shows: its history leaves nothing behind.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import { shownText } from '../helpers/elements.js';
import { structure } from '../helpers/shadow-tree.js';
import { propertyRuns, propertyTimeout } from '../helpers/property-runs.js';
import { articleData, articleListData, attributeNames, attributeValue, ELEMENTS, mockEndpoint } from './element-inputs.js';
import { PageWatch, markupProblems, settle, stateOf } from './widget-watch.js';
import { TIMEOUT_MS, checkWidget, network, type Network } from './widget-run.js';

/** What the sequence has made of the widget: the attributes and properties it now has. */
interface Model {
  attributes: Map<string, string>;
  properties: Record<string, unknown>;
}

interface Real {
  widget: HTMLElement;
  watch: PageWatch;
}

/** One change to the live widget, timed. */
class Change implements fc.AsyncCommand<Model, Real> {
  constructor(
    private readonly label: string,
    private readonly apply: (widget: HTMLElement, model: Model) => void,
  ) {}

  check = () => true;

  async run(model: Model, { widget, watch }: Real): Promise<void> {
    await watch.timed(this.label, widget, () => this.apply(widget, model));
  }

  toString = () => this.label;
}

/** A pause until the widget settles, then the checks of its shadow tree. */
class Settle implements fc.AsyncCommand<Model, Real> {
  check = () => true;

  async run(_model: Model, { widget, watch }: Real): Promise<void> {
    const state = await settle(widget, TIMEOUT_MS + 2500, () => 0);
    if (state.startsWith('still')) watch.problems.push(`after a pause: ${state}`);
    watch.problems.push(...markupProblems(widget));
  }

  toString = () => 'settle';
}

const PROPERTY_OF: Record<string, { name: string; data: fc.Arbitrary<unknown> } | undefined> = {
  'news-article-card': { name: 'article', data: articleData },
  'news-related-rail': { name: 'articles', data: articleListData },
};

function commandsFor(tag: string, where: Network): fc.Arbitrary<Iterable<fc.AsyncCommand<Model, Real>>> {
  const names = [...attributeNames(tag), ...(tag === 'news-language-switcher' ? [] : ['endpoint'])];
  // On the mock endpoint nothing may leave the machine: its endpoints only.
  const valueOf = (name: string) => (name === 'endpoint' && where.kind === 'mock' ? mockEndpoint : attributeValue(tag, name));
  const set = fc
    .constantFrom(...names)
    .chain((name) => valueOf(name).map((value) => new Change(`${name}=${JSON.stringify(value).slice(0, 80)}`, (widget, model) => {
      widget.setAttribute(name, value);
      model.attributes.set(name, value);
    })));
  const remove = fc.constantFrom(...names).map((name) => new Change(`remove ${name}`, (widget, model) => {
    widget.removeAttribute(name);
    model.attributes.delete(name);
  }));
  const property = PROPERTY_OF[tag];
  const give = property
    ? [
        fc.option(property.data, { nil: undefined, freq: 3 }).map((value) => new Change(`.${property.name} = ${JSON.stringify(value)?.slice(0, 80)}`, (widget, model) => {
          Object.assign(widget, { [property.name]: value });
          model.properties[property.name] = value;
        })),
      ]
    : [];
  return fc.commands([set, set, remove, ...give, fc.constant(new Settle())], { size: 'small' });
}

/** The widget's state, the elements it is built of and its text, for comparing a live widget with a fresh one. */
const shown = (widget: Element) => `${stateOf(widget)}: ${structure(widget)}: ${shownText(widget)}`;

/** Runs the commands on the live widget, then checks it shows what a fresh widget of its final attributes and data shows. */
function liveSequence(commands: Iterable<fc.AsyncCommand<Model, Real>>) {
  return async (widget: HTMLElement, watch: PageWatch) => {
    const model: Model = { attributes: new Map([...widget.attributes].map(({ name, value }) => [name, value])), properties: {} };
    await fc.asyncModelRun(() => ({ model, real: { widget, watch } }), commands);
    const fresh = document.createElement(widget.localName);
    for (const [name, value] of model.attributes) fresh.setAttribute(name, value);
    Object.assign(fresh, model.properties);
    // Beside the live one, in the first screen too.
    const place = document.createElement('div');
    place.style.cssText = 'position: fixed; inset: 0 auto auto 0; width: 720px; height: 600px; overflow: hidden';
    document.body.append(place);
    try {
      await watch.timed('mounting a fresh one', fresh, () => place.append(fresh));
      const settling = TIMEOUT_MS + 2500;
      const [live, again] = await Promise.all([settle(widget, settling, () => 0), settle(fresh, settling, () => 0)]);
      if (!live.startsWith('still') && !again.startsWith('still') && shown(widget) !== shown(fresh))
        watch.problems.push(`the live widget shows ${JSON.stringify(shown(widget))}, a fresh one ${JSON.stringify(shown(fresh))}`);
    } finally {
      place.remove();
    }
  };
}

const RUNS: Record<string, number> = { 'news-article-card': 8, 'news-related-rail': 8, 'news-mourning-banner': 8, 'news-language-switcher': 6 };
/** The longest one sequence may take: a few pauses, each up to the timeout and settling. */
const SEQUENCE_MS = 6 * (TIMEOUT_MS + 2500);

describe('every element, its attributes changed in any order (model-based property tests)', () => {
  for (const tag of ELEMENTS) {
    it(`<${tag}>: every change keeps the invariants, and the widget ends as a fresh one with its final attributes`, async function () {
      const parameters = await propertyRuns<[{ where: Network; commands: Iterable<fc.AsyncCommand<Model, Real>> }]>(RUNS[tag]);
      this.timeout(await propertyTimeout(RUNS[tag] * SEQUENCE_MS));
      const where = tag === 'news-language-switcher' ? fc.constant<Network>({ kind: 'mock' }) : network;
      const input = where.chain((chosen) => commandsFor(tag, chosen).map((commands) => ({ where: chosen, commands })));
      await fc.assert(
        fc.asyncProperty(input, async ({ where: chosen, commands }) => {
          expect((await checkWidget({ tag, attributes: {}, network: chosen }, liveSequence(commands))).join('\n')).to.equal('');
        }),
        parameters,
      );
    });
  }
});
