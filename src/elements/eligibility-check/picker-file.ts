/**
 * What the file loaded on demand for a questionnaire with a certification question holds (the
 * build writes it beside the module as `*.picker.js`): the picker's view, the catalogue's rules
 * that the engine runs such a questionnaire with, and the bloc field. The built-in content has no
 * certification question, so its page downloads none of it. Like every on-demand file it imports
 * nothing from the module: what the view shares with the module is handed to it (picker-loader.ts),
 * and the rules are pure functions with no state, so their own copy here is the same code.
 */
export { pickerView, MAX_OPTIONS } from './picker.js';
export { pickedCertification, resolveEligibility, withoutStaleBlocs } from '../../rules/catalogue.js';
export { blocQuestion, pickedBloc } from './bloc-field.js';
