// A Vue 3 application hosting both widgets: Vue sets `:content` as a property (the element has one)
// and `@eligibility-complete` listens for the event of that name. The template is compiled in the
// browser, so `isCustomElement` is set on the app (with a build step, it goes in the Vue plugin's
// `compilerOptions`). Bundled by esbuild in test/frameworks/hosts.test.mjs.
import { createApp, ref } from 'vue';
// The single-file module: what a page that is not an application bundle loads.
import 'cqp-vae-widgets';

const content = window.__hostContent;
window.__received = { complete: [], change: 0 };

const app = createApp({
  setup() {
    const results = ref([]);
    const changes = ref(0);
    return {
      content,
      results,
      changes,
      onChange() {
        window.__received.change += 1;
        changes.value += 1;
      },
      onComplete(event) {
        window.__received.complete.push(event.detail);
        results.value.push(event.detail.verdicts.map((v) => `${v.outcome}:${v.verdict}`).join(' '));
      },
    };
  },
  template: `
    <main>
      <h1>Application Vue</h1>
      <p id="changes">{{ changes }} réponse(s)</p>
      <cqp-vae-guide id="guide" :content="content" layout="stacked" heading-level="2"></cqp-vae-guide>
      <eligibility-check
        guide="guide"
        :content="content"
        heading-level="2"
        @eligibility-change="onChange"
        @eligibility-complete="onComplete"
      ></eligibility-check>
      <output id="received">{{ results.join(' | ') }}</output>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag === 'cqp-vae-guide' || tag === 'eligibility-check';
app.mount('#app');
