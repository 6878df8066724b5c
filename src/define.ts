/** Registers `<cqp-vae-guide>` and `<eligibility-check>`; safe to run more than once on a page. */
import { CqpVaeGuide } from './elements/cqp-vae-guide/cqp-vae-guide.js';
import { EligibilityCheck } from './elements/eligibility-check/eligibility-check.js';
import { defineOnce } from './shared/define.js';

defineOnce('cqp-vae-guide', CqpVaeGuide);
defineOnce('eligibility-check', EligibilityCheck);
