// The on-demand file loader shared by the checker, the guide's catalogue list and the
// questionnaire's picker: one import however many callers, a failed load tried again, a server's
// module given up front.
import { expect } from '@open-wc/testing';
import { HostLoad, onDemand } from '../../src/shared/on-demand.js';

describe('onDemand', () => {
  it('imports once for concurrent callers, then serves the prepared value synchronously', async () => {
    let imports = 0;
    const file = onDemand(async () => ({ n: ++imports }), (m) => `ready ${m.n}`);
    expect(file.get()).to.equal(undefined);
    const [a, b] = await Promise.all([file.load(), file.load()]);
    expect([a, b, file.get(), imports]).to.deep.equal(['ready 1', 'ready 1', 'ready 1', 1]);
    expect(await file.load()).to.equal('ready 1');
    expect(imports).to.equal(1);
  });

  it('tries a failed import again on the next call, and keeps nothing from the failure', async () => {
    let calls = 0;
    const file = onDemand(
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('offline');
        return { ok: true };
      },
      (m) => m.ok,
    );
    let message = '';
    await file.load().catch((e: Error) => (message = e.message));
    expect([message, file.get()]).to.deep.equal(['offline', undefined]);
    expect(await file.load()).to.equal(true);
    expect(calls).to.equal(2);
  });

  it('takes a module given up front without importing it', async () => {
    let imports = 0;
    const file = onDemand(async () => ({ v: (imports += 1) }), (m: { v: number }) => m.v * 10);
    file.provide({ v: 7 });
    expect(file.get()).to.equal(70);
    expect(imports).to.equal(0);
  });
});

describe('HostLoad', () => {
  it('loads on request, renders again; after a failure loads nothing until retry', async () => {
    let imports = 0;
    let fail = true;
    const file = onDemand(async () => {
      imports++;
      if (fail) throw new Error('404');
      return {};
    }, () => 'ready');
    let updates = 0;
    const host = { requestUpdate: () => void updates++ } as unknown as ConstructorParameters<typeof HostLoad>[0];
    const load = new HostLoad(host, file, '<test>: the file');
    const { error } = console;
    const logged: string[] = [];
    console.error = (m: string) => void logged.push(m);
    try {
      load.request();
      load.request();
      await load.pending;
      expect([imports, updates, load.pending, typeof load.retry]).to.deep.equal([1, 1, undefined, 'function']);
      expect(logged).to.deep.equal(['<test>: the file could not be loaded (404).']);
      load.request();
      expect(imports).to.equal(1);
      fail = false;
      load.retry!();
      expect([updates, load.retry]).to.deep.equal([2, undefined]);
      load.request();
      await load.pending;
      expect([imports, updates, file.get()]).to.deep.equal([2, 3, 'ready']);
      load.request();
      expect(load.pending).to.equal(undefined);
    } finally {
      console.error = error;
    }
  });
});
