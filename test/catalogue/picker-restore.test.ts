// Content with a certification question runs with the catalogue's rules, which arrive with the
// picker's file (loaded on demand). Content by `src` is ready before that file: the saved progress
// must be read once the rules are here, not judged without them (it would be dropped as answers
// to questions that do not exist yet). Its own file: the picker's file must not be loaded already.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { EligibilityCheck } from '../../src/elements/eligibility-check/eligibility-check.js';
import { step } from '../elements/eligibility-check.helpers.js';

const KEY = 'cqp-vae-widgets:eligibility:branche-cycles-exemple@2026.11.1';

describe('<eligibility-check src> with a certification question and saved progress', () => {
  afterEach(() => sessionStorage.clear());

  it('restores the picked certification and the step once the picker’s file is here', async () => {
    const answers = { target: 'technicien-cycles', status: 'salarie' };
    sessionStorage.setItem(KEY, JSON.stringify({ id: 'branche-cycles-exemple', version: '2026.11.1', answers, step: 'experience' }));
    const el = document.createElement('eligibility-check') as EligibilityCheck;
    el.setAttribute('persist', '');
    el.setAttribute('src', '/demo/content/branche-cycles.fr.json');
    document.body.append(el);
    try {
      // Until the content has arrived and a step shows (the picker's file loads meanwhile).
      for (let i = 0; i < 150 && !step(el); i++) await new Promise((r) => setTimeout(r, 20));
      await el.updateComplete;
      expect(step(el)).to.equal('experience');
      expect(el.answers).to.deep.equal(answers);
      expect(JSON.parse(sessionStorage.getItem(KEY) ?? 'null')?.answers).to.deep.equal(answers);
    } finally {
      el.remove();
    }
  });
});
