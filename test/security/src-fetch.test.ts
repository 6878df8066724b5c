// `src` fetching protections (src/shared/load-content.ts), through both elements and the hostile
// routes of test/server/fixtures-middleware.mjs: only http(s), no credentials and no referrer, a size
// cap, a timeout; a redirect to another scheme, a wrong content type, a body cut short and a server
// that never answers each end in the error state. Each case holds a body that would be valid
// content, so the test fails if the protection is removed.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { BRANCH, TAGS, loadFrom, quietConsole, shown, text, uniqueId } from './helpers.js';

const branchText = async () => (await fetch(BRANCH)).text();
const textRoute = (body: string, type: string) =>
  `/__fixtures__/text?body=${encodeURIComponent(body)}&type=${encodeURIComponent(type)}`;

describe('src fetching protections', () => {
  let console_: ReturnType<typeof quietConsole>;
  beforeEach(() => (console_ = quietConsole()));
  afterEach(() => console_.restore());

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      it('loads a branch file over http (control for the cases below)', async () => {
        const { el, state, errors } = await loadFrom(tag, BRANCH);
        expect(state).to.equal('ready');
        expect(errors).to.have.length(0);
        expect(text(el.shadowRoot)).to.contain('branche de test');
      });

      it('refuses every scheme but http(s), without fetching anything', async () => {
        const body = await branchText();
        const calls: string[] = [];
        const realFetch = window.fetch;
        window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
          calls.push(String(input instanceof Request ? input.url : input));
          return realFetch(input, init);
        }) as typeof fetch;
        try {
          for (const src of [
            `data:application/json,${encodeURIComponent(body)}`,
            'javascript:window.__cqpSrcXss=1',
            'blob:' + location.origin + '/00000000-0000-0000-0000-000000000000',
            'ftp://example.org/content.json',
            'file:///etc/passwd',
          ]) {
            const { el, errors, state } = await loadFrom(tag, src);
            expect(state, src).to.equal('error');
            expect(errors.map((e) => e.reason), src).to.deep.equal(['scheme']);
            el.remove();
          }
        } finally {
          window.fetch = realFetch;
        }
        expect(calls).to.deep.equal([]);
        expect((window as { __cqpSrcXss?: unknown }).__cqpSrcXss).to.equal(undefined);
      });

      it('sends no cookie and no referrer with the request', async () => {
        const name = `cqpvae_probe_${tag.replace(/-/g, '_')}`;
        document.cookie = `${name}=secret; path=/; SameSite=Lax`;
        try {
          // Control: the cookie is set, and a request that includes credentials carries it.
          const control = uniqueId('control');
          await fetch(`/__fixtures__/echo?id=${control}`, { credentials: 'include' });
          const controlLog = await (await fetch(`/__fixtures__/echo-log?id=${control}`)).json();
          expect(controlLog.cookie, 'control request should carry the cookie').to.equal(true);

          const id = uniqueId(tag);
          const { state } = await loadFrom(tag, `/__fixtures__/echo?id=${id}&file=${BRANCH.slice(1)}`);
          expect(state).to.equal('ready');
          const log = await (await fetch(`/__fixtures__/echo-log?id=${id}`)).json();
          expect(log.requests).to.equal(1);
          expect(log.cookie).to.equal(false);
          expect(log.authorization).to.equal(false);
          expect(log.referer).to.equal(null);
          expect(log.accept).to.match(/application\/json/);
        } finally {
          document.cookie = `${name}=; path=/; max-age=0`;
        }
      });

      it('caps the size at 1 MB, declared or streamed', async () => {
        for (const declare of ['1', '0']) {
          const { errors, state } = await loadFrom(tag, `/__fixtures__/big?bytes=1100000&declare=${declare}`);
          expect(state, `declare=${declare}`).to.equal('error');
          expect(errors.map((e) => e.reason), `declare=${declare}`).to.deep.equal(['too-large']);
        }
        // Under the cap the document is read, and refused for what it is (not content), not its size.
        const { errors } = await loadFrom(tag, '/__fixtures__/big?bytes=900000&declare=0');
        expect(errors.map((e) => e.reason)).to.deep.equal(['invalid']);
        expect(errors[0].issues.length).to.be.greaterThan(0);
      });

      it('gives up after its timeout on a server that never answers, and closes the request', async () => {
        const id = uniqueId(`hang-${tag}`);
        const { el, errors, state } = await loadFrom(tag, `/__fixtures__/hang?id=${id}`, { timeoutMs: 300 });
        expect(state).to.equal('error');
        expect(errors.map((e) => e.reason)).to.deep.equal(['timeout']);
        expect(el.shadowRoot!.querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
        const hangState = async () => (await (await fetch(`/__fixtures__/hang-state?id=${id}`)).json()).state;
        // The server sees the connection close once the fetch is aborted.
        let s = await hangState();
        for (let i = 0; i < 50 && s === 'pending'; i++) {
          await new Promise((r) => setTimeout(r, 20));
          s = await hangState();
        }
        expect(s).to.equal('aborted');
      });

      it('ends in the error state on a redirect to another scheme', async () => {
        const body = await branchText();
        for (const to of [
          `data:application/json,${encodeURIComponent(body)}`,
          'javascript:window.__cqpRedirectXss=1',
          'ftp://example.org/content.json',
        ]) {
          const { errors, state } = await loadFrom(tag, `/__fixtures__/redirect?to=${encodeURIComponent(to)}`);
          expect(state, to).to.equal('error');
          expect(errors, to).to.have.length(1);
          expect(errors[0].reason, to).to.equal('network');
        }
        expect((window as { __cqpRedirectXss?: unknown }).__cqpRedirectXss).to.equal(undefined);
        // Control: a redirect to an http(s) file is followed.
        const ok = await loadFrom(tag, `/__fixtures__/redirect?to=${encodeURIComponent(BRANCH)}`);
        expect(ok.state).to.equal('ready');
      });

      it('refuses a document served with a type that is plainly something else', async () => {
        const body = await branchText();
        for (const type of [
          'text/html; charset=utf-8',
          'image/png',
          'application/javascript',
          // Types that merely contain "json", and the text types static servers sometimes give.
          'text/html; profile=json',
          'application/jsonp',
          'text/json-ish',
          'text/plain; charset=utf-8',
        ]) {
          const { el, errors, state } = await loadFrom(tag, textRoute(body, type));
          expect(state, type).to.equal('error');
          expect(errors.map((e) => e.reason), type).to.deep.equal(['type']);
          // The error state says which type came, as text.
          expect(text(el.shadowRoot)).to.contain(type);
        }
        // application/json and the +json types, whatever their parameters and case.
        for (const type of ['application/json', 'application/json; charset=utf-8', 'Application/JSON', 'application/ld+json', 'application/vnd.api+json; q=1']) {
          expect((await loadFrom(tag, textRoute(body, type))).state, type).to.equal('ready');
        }
      });

      it('drops a user name and password from src, and shows them nowhere', async () => {
        const secret = 'pw-s3cr3t';
        const withUser = (path: string) => `${location.protocol}//visitor:${secret}@${location.host}${path}`;
        const logged: string[] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
        try {
          // Fetched without them (fetch would refuse the URL as it is).
          const ok = await loadFrom(tag, withUser(BRANCH));
          expect(ok.state).to.equal('ready');
          // A failure names the src without them: on the page, in the event and in the console.
          const { el, errors, state } = await loadFrom(tag, withUser('/__fixtures__/status/404'));
          expect(state).to.equal('error');
          expect(errors.map((e) => e.reason)).to.deep.equal(['http']);
          expect(errors[0].src).to.contain(location.host).and.not.contain(secret);
          expect(el.shadowRoot!.textContent).to.contain(location.host).and.not.contain(secret);
          expect(JSON.stringify(errors)).not.to.contain(secret);
          expect(console_.calls.join('\n')).to.contain('http').and.not.contain(secret);
          expect(logged.join('\n')).not.to.contain(secret);
        } finally {
          console.warn = warn;
        }
      });

      it('ends in the error state on a body cut short', async () => {
        const { errors, state } = await loadFrom(tag, `/__fixtures__/truncated?file=${BRANCH.slice(1)}`);
        expect(state).to.equal('error');
        expect(errors).to.have.length(1);
        // Engines differ: most fail the read (network), one may hand over the half body (invalid JSON).
        expect(['network', 'invalid']).to.include(errors[0].reason);
      });

      it('never stays blank: an unreachable host ends in the error state', async () => {
        const { el, state } = await loadFrom(tag, 'http://127.0.0.1:9/content.json', { wait: 8000 });
        expect(state).to.equal('error');
        expect(shown(el)).to.equal('error');
      });
    });
  }
});
