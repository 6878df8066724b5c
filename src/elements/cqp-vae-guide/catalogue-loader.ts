/**
 * The guide's catalogue list (catalogue-list.ts) loaded on demand: only content with a `catalogue`
 * shows one, and the built-in content has none, so a page with it never downloads the list's code.
 * The build writes it beside the module (e.g. cqp-vae-guide.catalogue.js) and the relative import
 * resolves against the module's own URL, as the content checker's does (shared/checker.ts).
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ContentState } from '../../shared/content-element.js';
import { filterCatalogue, registryOf, vaeOpen } from '../../content/catalogue.js';
import { format } from '../../shared/i18n.js';
import { renderLink } from '../../shared/rich-text.js';
import { renderContacts } from '../../shared/contacts.js';
import { guideStrings } from './strings.js';
import { badges, countText, emptyView, PAGE } from './catalogue.js';
import { entryWords, renderRegistration } from './catalogue-entry.js';
import type * as List from './catalogue-list.js';
import { HostLoad, onDemand } from '../../shared/on-demand.js';

/**
 * What the list uses of the module, handed to it rather than imported: the file the build writes
 * for the list then imports nothing, so it never loads the module a second time under another URL
 * (the module's own, with a query string, and the plain one an import would name), and the list
 * renders with the module's lit, its dictionaries (English arrives in them) and the catalogue
 * search's cache.
 */
const shared = { html, nothing, filterCatalogue, registryOf, vaeOpen, format, renderLink, renderContacts, guideStrings, badges, countText, emptyView, PAGE, entryWords, renderRegistration };

export type CatalogueShared = typeof shared;
export type CatalogueList = ReturnType<typeof List.catalogueList>;

const list = onDemand(() => import('./catalogue-list.js'), (module: typeof List) => module.catalogueList(shared));

/** The list's code if it has arrived, for a synchronous render. */
export const catalogueList = list.get;
/** The list's code, loading it the first time. */
export const loadCatalogueList = list.load;
/** Gives the list's code up front, for a server (src/server.ts). */
export const provideCatalogueList = list.provide;

/**
 * Whether the guide's next update may show a catalogue, so that it waits for the list's code
 * rather than show its placeholder: content that has one, content not yet checked that names one
 * (a look at the text, not a parse), or a prerendered list (declarative shadow DOM) to hydrate.
 */
export function mayShowCatalogue(state: ContentState, content: unknown, host: Element): boolean {
  if (state.status === 'ready' && state.content.catalogue) return true;
  if (content && typeof content === 'object') {
    // Any value may come by property (a Proxy whose traps throw): the checker reports it.
    try {
      return 'catalogue' in content;
    } catch {
      return false;
    }
  }
  const text = typeof content === 'string' ? content : host.querySelector?.(':scope > script[type="application/json"]')?.textContent;
  if (text?.includes('"catalogue"')) return true;
  return !!host.shadowRoot?.querySelector('[part~="catalogue"]');
}

/** The guide's side: loads the list's code when a render needs it, then renders again. */
export const catalogueListLoader = (host: ReactiveControllerHost): HostLoad => new HostLoad(host, list, '<cqp-vae-guide>: the catalogue list');
