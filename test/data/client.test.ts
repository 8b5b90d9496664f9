import { expect } from '@open-wc/testing';
import { fetchJson, resetClient } from '../../src/data/client.js';
import { configure, getConfig } from '../../src/data/config.js';
import { NewsDataError } from '../../src/data/types.js';
import { failure, rejection } from '../helpers/errors.js';
import { fakeFetch, type FakeFetch } from '../helpers/fake-fetch.js';

const URL_A = 'https://news.example/api/articles/a?lang=kk';

describe('data client', () => {
  let fake: FakeFetch | undefined;
  const defaults = { ...getConfig() };

  beforeEach(() => {
    resetClient();
    configure({ retries: 2, timeout: 8000 });
  });
  afterEach(() => {
    fake?.restore();
    configure(defaults);
  });

  it('makes one request for many concurrent callers of one URL', async () => {
    fake = fakeFetch(() => ({ json: { ok: 1 }, delay: 20 }));
    const answers = await Promise.all(Array.from({ length: 20 }, () => fetchJson(URL_A)));
    expect(fake.calls).to.have.length(1);
    expect(answers.every((answer) => (answer as { ok: number }).ok === 1)).to.be.true;
  });

  it('reuses a recent answer, and asks again when told to be fresh', async () => {
    fake = fakeFetch(() => ({ json: { ok: 1 } }));
    await fetchJson(URL_A);
    await fetchJson(URL_A);
    expect(fake.calls).to.have.length(1);
    await fetchJson(URL_A, { fresh: true });
    expect(fake.calls).to.have.length(2);
  });

  it('keeps a bounded number of answers: past a hundred URLs the oldest is asked again, the latest is not', async () => {
    fake = fakeFetch(() => ({ json: { ok: 1 } }));
    const urls = Array.from({ length: 101 }, (_, i) => `https://news.example/api/articles/${i}?lang=kk`);
    for (const url of urls) await fetchJson(url);
    await fetchJson(urls[100]);
    await fetchJson(urls[1]);
    expect(fake.calls).to.have.length(101);
    await fetchJson(urls[0]);
    expect(fake.calls).to.have.length(102);
  });

  it('retries 5xx within bounds, honouring Retry-After', async () => {
    fake = fakeFetch(() => ({ status: 503, json: { error: 'busy' }, headers: { 'Retry-After': '0' } }));
    const error = await failure(fetchJson(URL_A));
    expect(fake.calls).to.have.length(3);
    expect(error).to.be.instanceOf(NewsDataError);
    expect(error.reason).to.equal('http');
    expect(error.status).to.equal(503);
    expect(error.url).to.equal(URL_A);
  });

  it('recovers when a retry succeeds', async () => {
    fake = fakeFetch((_, n) => (n === 1 ? { status: 429, headers: { 'Retry-After': '0' } } : { json: { ok: 2 } }));
    expect(await fetchJson(URL_A)).to.deep.equal({ ok: 2 });
    expect(fake.calls).to.have.length(2);
  });

  it('does not retry a 404', async () => {
    fake = fakeFetch(() => ({ status: 404, json: { error: 'not found' } }));
    const error = await failure(fetchJson(URL_A));
    expect(fake.calls).to.have.length(1);
    expect([error.reason, error.status]).to.deep.equal(['http', 404]);
  });

  it('reports a network failure after its retries', async () => {
    configure({ retries: 1 });
    fake = fakeFetch(() => 'offline');
    const error = await failure(fetchJson(URL_A));
    expect(fake.calls).to.have.length(2);
    expect(error.reason).to.equal('network');
  });

  it('times out a hanging request, without retrying it', async () => {
    configure({ timeout: 100 });
    fake = fakeFetch(() => 'hang');
    const error = await failure(fetchJson(URL_A));
    expect(error.reason).to.equal('timeout');
    expect(fake.calls).to.have.length(1);
    expect(fake.signals[0].aborted).to.be.true;
  });

  it("keeps an error's JSON body for adapters to explain, and leaves other bodies unread", async () => {
    const wordpress = { code: 'rest_post_invalid_id', message: 'Invalid post ID.', data: { status: 404 } };
    fake = fakeFetch((url) => (url.pathname.endsWith('/a') ? { status: 404, json: wordpress } : { status: 404, body: '<h1>Not found</h1>', headers: { 'Content-Type': 'text/html' } }));
    expect((await failure(fetchJson(URL_A))).body).to.deep.equal(wordpress);
    expect((await failure(fetchJson('https://news.example/api/articles/b'))).body).to.be.undefined;
  });

  it('explains a body that is not JSON', async () => {
    fake = fakeFetch(() => ({ body: '<!doctype html><p>Maintenance</p>', headers: { 'Content-Type': 'text/html' } }));
    const error = await failure(fetchJson(URL_A));
    expect(error.reason).to.equal('not-json');
    expect(error.message).to.contain('text/html');
  });

  it('refuses a body too large to be news data', async () => {
    fake = fakeFetch(() => ({ body: `"${'x'.repeat(3 * 1024 * 1024)}"` }));
    expect((await failure(fetchJson(URL_A))).reason).to.equal('shape');
  });

  it('cancels the request only when every caller has left', async () => {
    fake = fakeFetch(() => ({ json: { ok: 1 }, delay: 50 }));
    const first = new AbortController();
    const leaving = fetchJson(URL_A, { signal: first.signal });
    const staying = fetchJson(URL_A);
    first.abort();
    expect((await rejection(leaving) as Error).name).to.equal('AbortError');
    expect(await staying).to.deep.equal({ ok: 1 });
    expect(fake.signals[0].aborted).to.be.false;
  });

  it('aborts the request when its only caller leaves', async () => {
    fake = fakeFetch(() => 'hang');
    const caller = new AbortController();
    const pending = fetchJson(URL_A, { signal: caller.signal });
    caller.abort();
    expect((await rejection(pending) as Error).name).to.equal('AbortError');
    expect(fake.signals[0].aborted).to.be.true;
  });
});
