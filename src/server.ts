/**
 * What a server gets for `cqp-vae-widgets` and `cqp-vae-widgets/unbundled` (the `node` export
 * condition): the same exports and tag definitions as the unbundled entry, on lit's server build,
 * with the content checker (its English messages too, and the English UI strings) loaded up front. In a browser the checker loads on demand and the
 * elements wait for it before their first render; lit's server renderer (Astro's lit integration,
 * `npx cqp-vae-widgets prerender`) renders synchronously, so without it content given by property
 * would be rendered as the loading state, and the browser's hydration would not match.
 */
import * as validate from './content/validate.js';
import * as englishIssues from './content/issue-words.en.js';
import { provideChecker, provideEnglishIssues } from './shared/checker.js';
// And the guide's catalogue list, which a browser also loads on demand.
import * as catalogueList from './elements/cqp-vae-guide/catalogue-list.js';
import { provideCatalogueList } from './elements/cqp-vae-guide/catalogue-loader.js';
// And the questionnaire's certification picker with the catalogue's rules.
import * as pickerFile from './elements/eligibility-check/picker-file.js';
import { provideCatalogueKit } from './elements/eligibility-check/picker-loader.js';
// The English UI strings too, which a browser loads on demand: a server renders in either language
// synchronously.
import * as english from './elements/strings.en.js';
import { useEnglish } from './elements/use-english.js';

provideChecker(validate);
provideEnglishIssues(englishIssues);
provideCatalogueList(catalogueList);
provideCatalogueKit(pickerFile);
useEnglish(english);

export * from './cqp-vae-widgets.js';
