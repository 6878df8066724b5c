/**
 * Entry of the questionnaire's own module (dist/eligibility-check.js): `<eligibility-check>` alone,
 * with its part of the built-in content, for a page that shows only the questionnaire. It may share
 * a page with the guide's module or the widgets' module: a tag already defined is left as it is.
 */
import { EligibilityCheck } from './elements/eligibility-check/eligibility-check.js';
import { defineOnce } from './shared/define.js';

defineOnce('eligibility-check', EligibilityCheck);

export { EligibilityCheck };
