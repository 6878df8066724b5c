/**
 * Entry of the guide's own module (dist/cqp-vae-guide.js): `<cqp-vae-guide>` alone, with its part
 * of the built-in content, for a page that shows only the guide. It may share a page with the
 * questionnaire's module or the widgets' module: a tag already defined is left as it is.
 */
import { CqpVaeGuide } from './elements/cqp-vae-guide/cqp-vae-guide.js';
import { defineOnce } from './shared/define.js';

defineOnce('cqp-vae-guide', CqpVaeGuide);

export { CqpVaeGuide };
