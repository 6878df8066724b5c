/**
 * Entry of the widgets' module: both tags defined, and the API a page uses (api.ts). The content
 * checker is loaded on demand, only for custom content; `parseContent` and the lint are exported by
 * `index.ts` (`cqp-vae-widgets/unbundled/classes`).
 * `<script type="module" src=".../cqp-vae-widgets.js">` is all a page needs.
 */
import './define.js';

export * from './api.js';
