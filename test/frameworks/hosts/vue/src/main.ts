// A Vue 3 application (vue-tsc checks the template's props and events), with lit used by the
// application itself (the footer): the bundle must share one copy of lit with the widgets.
import { createApp } from 'vue';
import { html, render } from 'lit';
import 'cqp-vae-widgets/unbundled';
import App from './App.vue';

createApp(App).mount('#app');
render(html`<small>Pied de page rendu par lit</small>`, document.getElementById('footer')!);
