/**
 * Entry of the single bundled module: everything the package exports, and both tags defined.
 * `<script type="module" src=".../cqp-vae-widgets.js">` is all a page needs.
 */
import './define.js';

export * from './index.js';
