// Type tests for hosts, checked by `npm run typecheck` (tsc -p tsconfig.json): each
// `@ts-expect-error` line must be an error, every other line must compile. They cover the tag and
// event maps every TypeScript page gets, the React 19 JSX typings (src/types/react.d.ts, shipped as
// `cqp-vae-widgets/react`) and the Vue typings (src/types/vue.d.ts, `cqp-vae-widgets/vue`).
// The React checks use `JSX.IntrinsicElements` directly: a `.tsx` file would need `"jsx"` in
// tsconfig.json. TSX itself is compiled by esbuild in test/frameworks/hosts.test.mjs.
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type { CqpVaeGuide, EligibilityCheck, EligibilityCompleteDetail } from '../../src/index.js';

// --- HTMLElementTagNameMap and HTMLElementEventMap: no cast needed in any TypeScript page.
export function domChecks() {
  const guide: CqpVaeGuide = document.createElement('cqp-vae-guide');
  const check: EligibilityCheck | null = document.querySelector('eligibility-check');
  guide.layout = 'stacked';
  // @ts-expect-error not a layout
  guide.layout = 'grid';
  // @ts-expect-error a number
  guide.headingLevel = '3';
  check?.addEventListener('eligibility-complete', (event) => {
    const detail: EligibilityCompleteDetail = event.detail;
    const verdict: 'eligible' | 'not-eligible' | 'to-check' = detail.verdicts[0].verdict;
    // @ts-expect-error no such field in the detail
    void detail.score;
    return verdict;
  });
  check?.addEventListener('eligibility-change', (event) => event.detail.question.toUpperCase());
  guide.addEventListener('cqp-vae-content-error', (event) => event.detail.issues.map((i) => i.path));
}

// --- React 19 (JSX.IntrinsicElements, as `<cqp-vae-guide …>` in a .tsx file checks its props).
type GuideProps = JSX.IntrinsicElements['cqp-vae-guide'];
type CheckProps = JSX.IntrinsicElements['eligibility-check'];

export const guideOk: GuideProps = {
  id: 'guide',
  className: 'guide',
  content: { meta: {} },
  src: 'https://example.org/contenu.json',
  layout: 'stacked',
  route: 'vae',
  'heading-level': 3,
  ref: (el: CqpVaeGuide | null) => {
    el?.selectRoute('vae');
  },
  'oncqp-vae-content-error': (event) => event.detail.issues.length,
};
export const checkOk: CheckProps = {
  guide: 'guide',
  persist: 'local',
  'heading-level': '2',
  content: '{"meta":{}}',
  'oneligibility-change': (event) => event.detail.answers,
  'oneligibility-complete': (event) => event.detail.verdicts.map((v) => v.outcome),
  onClick: (event) => event.currentTarget.reset(),
};

// @ts-expect-error not a layout
export const badLayout: GuideProps = { layout: 'grid' };
// @ts-expect-error heading levels are 1 to 6
export const badLevel: GuideProps = { 'heading-level': 7 };
// @ts-expect-error persist is 'session', 'local' or empty
export const badPersist: CheckProps = { persist: true };
// @ts-expect-error not an attribute of the element
export const unknownProp: CheckProps = { verdict: 'eligible' };
export const badHandler: CheckProps = {
  // @ts-expect-error the detail has no `score`
  'oneligibility-complete': (event) => event.detail.score,
};
// @ts-expect-error `guide` is an attribute of <eligibility-check>, not of the guide
export const wrongElement: GuideProps = { guide: 'guide' };

// --- Vue 3 (GlobalComponents, read by vue-tsc for templates).
type VueCheckProps = InstanceType<GlobalComponents['eligibility-check']>['$props'];
type VueGuideProps = InstanceType<GlobalComponents['cqp-vae-guide']>['$props'];
export const vueCheckOk: VueCheckProps = { guide: 'guide', persist: 'session', content: {} };
export const vueGuideOk: VueGuideProps = { layout: 'tabs', 'heading-level': 2 };
// @ts-expect-error not a layout
export const vueBadLayout: VueGuideProps = { layout: 'grid' };
export function vueEmit(el: InstanceType<GlobalComponents['eligibility-check']>) {
  // The element itself is still the element.
  el.reset();
}
