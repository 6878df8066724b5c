// Tests of the dev-server fixtures middleware (test/server/fixtures-middleware.mjs) and of the
// test runner set-up itself: TypeScript + legacy decorators + @open-wc/testing fixtures.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';

@customElement('tooling-smoke-element')
class ToolingSmokeElement extends LitElement {
  @property({ type: String }) name = 'monde';

  override render() {
    return html`<p part="greeting">Bonjour, ${this.name} !</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'tooling-smoke-element': ToolingSmokeElement;
  }
}

describe('test runner set-up', () => {
  it('renders a lit element whose properties use decorators', async () => {
    const el = await fixture<ToolingSmokeElement>(
      html`<tooling-smoke-element name="VAE"></tooling-smoke-element>`,
    );
    expect(el).to.be.instanceOf(ToolingSmokeElement);
    expect(el.name).to.equal('VAE');
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Bonjour, VAE !');
    el.name = 'CQP';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('Bonjour, CQP !');
  });
});

describe('/__fixtures__/ middleware', () => {
  it('status/404 answers 404 with a JSON body', async () => {
    const res = await fetch('/__fixtures__/status/404');
    expect(res.status).to.equal(404);
    expect(res.headers.get('cache-control')).to.equal('no-store');
    expect(await res.json()).to.deep.equal({ status: 404 });
  });

  it('status/500 and status/204 answer those codes', async () => {
    expect((await fetch('/__fixtures__/status/500')).status).to.equal(500);
    const noContent = await fetch('/__fixtures__/status/204');
    expect(noContent.status).to.equal(204);
    expect(await noContent.text()).to.equal('');
  });

  it('rejects a status outside 200..599', async () => {
    expect((await fetch('/__fixtures__/status/99')).status).to.equal(400);
    expect((await fetch('/__fixtures__/status/abc')).status).to.equal(400);
  });

  it('slow?ms=50 answers an empty JSON object after about 50 ms', async () => {
    const started = performance.now();
    const res = await fetch('/__fixtures__/slow?ms=50');
    const elapsed = performance.now() - started;
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/json/);
    expect(await res.json()).to.deep.equal({});
    // A lower bound only (5 ms below, for coarse clocks): a busy machine lengthens the wait, never
    // shortens it, so this cannot fail by load; nothing here bounds how long it may take.
    expect(elapsed).to.be.at.least(45);
  });

  it('slow?file= answers that JSON file', async () => {
    const res = await fetch('/__fixtures__/slow?ms=10&file=package.json');
    expect(res.status).to.equal(200);
    const body = await res.json();
    expect(body.name).to.equal('cqp-vae-widgets');
  });

  it('slow?file= refuses files outside the project or missing', async () => {
    expect((await fetch('/__fixtures__/slow?file=../../etc/passwd')).status).to.equal(400);
    expect((await fetch('/__fixtures__/slow?file=does-not-exist.json')).status).to.equal(404);
  });

  it('slow can be aborted by the client', async () => {
    const controller = new AbortController();
    const pending = fetch('/__fixtures__/slow?ms=5000', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');
  });

  it('text answers the body with the given content type and status', async () => {
    const res = await fetch(
      `/__fixtures__/text?body=${encodeURIComponent('{pas du json')}&type=${encodeURIComponent('application/json')}`,
    );
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('application/json');
    expect(await res.text()).to.equal('{pas du json');

    const html503 = await fetch('/__fixtures__/text?body=%3Ch1%3EMaintenance&type=text/html&status=503');
    expect(html503.status).to.equal(503);
    expect(html503.headers.get('content-type')).to.equal('text/html');
    expect(await html503.text()).to.equal('<h1>Maintenance');
  });

  it('text defaults to an empty text/plain body', async () => {
    const res = await fetch('/__fixtures__/text');
    expect(res.headers.get('content-type')).to.match(/^text\/plain/);
    expect(await res.text()).to.equal('');
  });

  it('hang never answers until the client aborts, and the server then frees it', async () => {
    const id = `t${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const state = async () =>
      ((await (await fetch(`/__fixtures__/hang-state?id=${id}`)).json()) as { state: string }).state;
    expect(await state()).to.equal('unknown');

    const controller = new AbortController();
    const pending = fetch(`/__fixtures__/hang?id=${id}`, { signal: controller.signal });
    const outcome = await Promise.race([
      pending.then(
        () => 'answered',
        () => 'failed',
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 300)),
    ]);
    expect(outcome).to.equal('still waiting');
    expect(await state()).to.equal('pending');

    controller.abort();
    let error: unknown;
    try {
      await pending;
    } catch (e) {
      error = e;
    }
    expect((error as DOMException | undefined)?.name).to.equal('AbortError');

    // The browser closes the connection; the server notices shortly after.
    let last = '';
    for (let i = 0; i < 50 && last !== 'aborted'; i += 1) {
      last = await state();
      if (last !== 'aborted') await new Promise((r) => setTimeout(r, 50));
    }
    expect(last).to.equal('aborted');
  });

  it('unknown routes answer 404', async () => {
    expect((await fetch('/__fixtures__/nope')).status).to.equal(404);
  });
});
