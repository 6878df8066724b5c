// The built-in content first: the bundle then starts with its texts, which gzips to about 600 bytes
// fewer than with them after the code (measured with `npm run size`).
import { builtInQuestionnaire } from '../../content/default-content.js';
import { html, type PropertyValues } from 'lit';
import type { Content, Eligibility } from '../../content/schema.js';
import type { Answers } from '../../rules/types.js';
import { ContentElement, type ContentState } from '../../shared/content-element.js';
import { coercedProperty, headingLevelRule, IGNORE, optionalText } from '../../shared/props.js';
import type { UiLocale } from '../../shared/i18n.js';
import { sharedStyles } from '../../shared/styles.js';
import { eligibilityStyles } from './eligibility-check.styles.js';
import { RECAP, RESULT, nextPosition } from './flow.js';
import { ScreenPreparer } from './prepare.js';
import { currentPosition } from './flow-state.js';
import { FlowController } from './flow-controller.js';
import { findGuide } from './guide-link.js';
import { clampLevel } from '../../shared/heading.js';
import { persistMode } from './persistence.js';
import { renderHeld, screenAt, type ScreenHost } from './screens.js';
import { strings } from './strings.js';
import { uiStringsFor } from './english.js';
import { Picker, catalogueKit, loadCatalogueKit, mayShowPicker } from './picker-loader.js';
import { needsCatalogue } from '../../rules/evaluate.js';
import { pickerStyles } from './picker-styles.js';
import { registrationStyles } from '../cqp-vae-guide/catalogue-entry.js';
import { contactStyles } from '../../shared/contacts.js';
import { badgeStyles } from '../cqp-vae-guide/catalogue.js';

/**
 * The eligibility questionnaire: one question per step, a recap, then a result per outcome (CQP by
 * training, CQP by VAE, VAE…) with its verdict, reasons, next steps and financing. Questions,
 * conditions and outcomes are data from the content document; the built-in French content works
 * with no configuration.
 *
 * With a `catalogue` in the content, a `certification` question lets the person pick their target
 * from it (a combobox), and what the catalogue knows about it answers the questions that ask it.
 *
 * When the person changes an answer from the recap, "Suivant" leads straight back to the recap,
 * unless the change made a new question appear without an answer: that question comes first.
 *
 * @summary Asks a few questions, one per step, and says which routes to a certification are open, and why.
 *
 * @attr {string} src - URL of a JSON content document (https or http, fetched without credentials,
 *   10 s timeout, 1 MB cap). Ignored when the `content` property or an inline script is given.
 * @attr {string} fallback-href - The publisher's own page on the subject: when the content cannot be
 *   shown, the error offers it to the visitor (https, http, mailto or tel).
 * @attr {string} lang - Language of the element's own words (buttons, labels, messages): `fr`
 *   (default) or `en…`; read from the element, else from its nearest ancestor with `lang`. The
 *   content's texts are shown as written.
 * @prop {unknown} content - The content document as an object or as JSON text; takes precedence
 *   over an inline script and over `src`. Setting it starts the questionnaire over.
 *
 * @event {CustomEvent<EligibilityChangeDetail>} eligibility-change - The person changed an answer.
 *   Bubbles, composed. `detail`: `{ question: string, answers: Record<string, string | number |
 *   string[] | number[]> }`: the answers to the questions still asked. Not fired by setting
 *   `content`, restoring saved progress, `reset()` or "Recommencer".
 * @event {CustomEvent<EligibilityCompleteDetail>} eligibility-complete - The result is shown.
 *   Bubbles, composed. `detail`: `{ answers, verdicts: { outcome: string, verdict: 'eligible' |
 *   'not-eligible' | 'to-check', reasons: string[] }[] }`.
 * @event {CustomEvent<ContentErrorDetail>} cqp-vae-content-error - The content could not be used.
 *   Bubbles, composed. `detail`: `{ issues: { path, message, code }[], origin, reason?, src? }`.
 *
 * @csspart base - Wrapper of the loaded questionnaire.
 * @csspart header - Title and introduction.
 * @csspart title - The questionnaire's title.
 * @csspart intro - Its introduction, shown once, on the start screen (above "Commencer").
 * @csspart paragraph - A paragraph of content text (introduction, reasons' details).
 * @csspart stepper - Step indicator: heading and next step.
 * @csspart step-heading - The step's heading (focused on each step): step-count, then step-title.
 * @csspart step-count - "Étape 2": the step's rank on the person's path (no total: paths branch).
 * @csspart step-title - The current step's title.
 * @csspart step-next - "Étape suivante : …".
 * @csspart step-next-label - The first words of step-next ("Étape suivante :").
 * @csspart required-note - "Sauf mention contraire, tous les champs sont obligatoires."
 * @csspart form - The step's form.
 * @csspart fieldset - A question's fieldset (choices, periods).
 * @csspart legend - A question's legend (or the label of a number question).
 * @csspart field - Wrapper of a number question or of the certification picker.
 * @csspart hint - A question's or an option's hint.
 * @csspart hint-paragraph - A paragraph of a question's hint.
 * @csspart options - The list of choices.
 * @csspart option - One choice: its control, label and hint.
 * @csspart option-hint - An option's hint (also has the `hint` part).
 * @csspart input - A control (radio, checkbox or text field).
 * @csspart control - A radio button or checkbox (also has the `input` part).
 * @csspart label - A control's label.
 * @csspart input-row - A text field with its unit (and remove button).
 * @csspart unit - The unit shown after a number field.
 * @csspart optional - "(facultatif)" after the legend of an optional question.
 * @csspart periods - The list of periods of a durations question.
 * @csspart period - One period: its label, field and remove button.
 * @csspart total - The running total of the periods (a polite live region).
 * @csspart error-message - A validation message (`role="alert"`).
 * @csspart picker - A certification question: a combobox over the content's catalogue.
 * @csspart combobox - The picker's text field (also has the `input` part).
 * @csspart listbox - The picker's list of certifications (the first 50 matches).
 * @csspart picker-option - One certification in the picker's list.
 * @csspart picker-more - Under an open list that does not show every match: "the first 50 of 300: type more".
 * @csspart picker-choice - The chosen certification's badges under the field.
 * @csspart badge - A registry number ("RNCP12345", "Non inscrit"), a level or "VAE possible".
 * @csspart actions - The buttons of a step or of the result.
 * @csspart result-actions - The buttons of the result (also has the `actions` part).
 * @csspart share - The result's print, copy and e-mail buttons.
 * @csspart button-tertiary - The share buttons' look (print, copy, mail).
 * @csspart print - "Imprimer".
 * @csspart copy - "Copier le résultat".
 * @csspart mail - "M'envoyer le résultat par e-mail" (a mailto: link styled as a button).
 * @csspart button - Every button.
 * @csspart button-primary - The main button of a step or of the result ("Commencer", "Suivant", "Recommencer").
 * @csspart button-secondary - The other buttons ("Précédent", "Modifier", add and remove a period).
 * @csspart start - The "Commencer" button of the start screen.
 * @csspart previous - The "Précédent" button.
 * @csspart next - The "Suivant" (or "Voir le résultat") button.
 * @csspart add - The "Ajouter une période" button.
 * @csspart remove - A period's remove button.
 * @csspart recap-intro - The sentence before the recap.
 * @csspart recap - The recap list.
 * @csspart recap-item - One answer in the recap.
 * @csspart recap-question - A recap item's question.
 * @csspart recap-answer - A recap item's answer.
 * @csspart recap-action - A recap item's cell holding its "Modifier" button.
 * @csspart change - A "Modifier" button in the recap.
 * @csspart result - The result.
 * @csspart result-title - The result's heading.
 * @csspart result-intro - The result's first paragraph.
 * @csspart result-summary - The answer first, in a sentence naming the open routes.
 * @csspart result-certification - "Certification visée : …", when the person picked one from the catalogue.
 * @csspart result-bloc - "Bloc visé : …", when the person aims at one bloc of the picked certification.
 * @csspart result-contacts - Whom to contact: the picked certification's contacts, then the outcomes' and routes'.
 * @csspart contacts - A list of contacts.
 * @csspart contact - One contact.
 * @csspart contact-name - A contact's name.
 * @csspart contact-role - A contact's role.
 * @csspart contact-region - A contact's region.
 * @csspart contact-link - A contact's e-mail, phone or web link.
 * @csspart certification-registration - "Inscrit jusqu’au …" under the picked certification.
 * @csspart certification-warning - That line when the registration has ended or ends within six months.
 * @csspart result-registration - A warning under the picked certification when its registration has ended or ends within six months.
 * @csspart outcome - One outcome's block.
 * @csspart outcome-eligible - An outcome whose verdict is "Accessible" (also has the `outcome` part).
 * @csspart outcome-not-eligible - An outcome whose verdict is "Non accessible".
 * @csspart outcome-to-check - An outcome whose verdict is "À vérifier".
 * @csspart outcome-title - An outcome's heading.
 * @csspart action-wrapper - The paragraph holding an outcome's next action.
 * @csspart action - An outcome's next action: a link shown as a button (primary when the route is open).
 * @csspart outcome-details - A closed outcome's details, folded (`<details>`).
 * @csspart outcome-details-summary - Its summary line.
 * @csspart verdict - The verdict badge.
 * @csspart verdict-eligible - The badge of "Accessible" (also has the `verdict` part).
 * @csspart verdict-not-eligible - The badge of "Non accessible".
 * @csspart verdict-to-check - The badge of "À vérifier".
 * @csspart verdict-icon - The badge's symbol (✓, ✕, ?).
 * @csspart verdict-text - The badge's word.
 * @csspart subtitle - Headings inside an outcome (why, next steps, funding, notes, links).
 * @csspart reasons - The list of reasons.
 * @csspart reason - One reason.
 * @csspart steps - The next steps (`<ol>`).
 * @csspart step - One next step.
 * @csspart step-name - A next step's title.
 * @csspart step-body - A paragraph of a next step.
 * @csspart financing - The financing cards.
 * @csspart card - One financing card.
 * @csspart card-title - A financing card's title.
 * @csspart card-body - A paragraph of a financing card.
 * @csspart term - A word of the content's glossary, at its first occurrence in a question's hints or a reason: an inline `role="button"` that wraps with the text and shows its definition.
 * @csspart term-definition - The definition a term shows, right after it.
 * @csspart sources - An outcome's sources and those of the rules that gave its reasons: a closed disclosure (`<details>`).
 * @csspart sources-summary - The summary of the sources disclosure.
 * @csspart sources-list - The list of sources.
 * @csspart notes - An outcome's notes.
 * @csspart note - A paragraph of the notes.
 * @csspart links - A list of links.
 * @csspart link-item - One item of a list of links.
 * @csspart link - A link.
 * @csspart guide-link-wrapper - The paragraph holding guide-link.
 * @csspart guide-link - "Voir le parcours … dans le guide".
 * @csspart edit - The "Modifier mes réponses" button of the result.
 * @csspart restart - The "Recommencer" button.
 * @csspart announcer - Visually hidden live region that announces the result.
 * @csspart empty - Shown when the content has no questionnaire.
 * @csspart source - Footer: publisher (none for the built-in content), source and review date.
 * @csspart source-link - The link to the content's source.
 * @csspart loading - Placeholder shown while `src` loads.
 * @csspart error - Error block (`role="alert"`).
 * @csspart error-actions - What the visitor can do about the error: retry, the publisher's page.
 * @csspart retry - "Réessayer", after a network or server failure.
 * @csspart fallback-link - The `fallback-href` page, offered when the content cannot be shown.
 * @csspart error-details - Disclosure with the details for the content author.
 * @csspart error-list - List of problems, each with its JSON path.
 *
 * @cssproperty [--cqp-vae-accent=#1d4f91] - Buttons, selected options, progress, links.
 * @cssproperty [--cqp-vae-on-accent=#ffffff] - Text on the accent colour (primary button, badge symbol).
 * @cssproperty [--cqp-vae-text=inherit] - Text colour.
 * @cssproperty [--cqp-vae-muted=color-mix(in srgb, currentColor 72%, transparent)] - Hints, step count, source.
 * @cssproperty [--cqp-vae-surface=transparent] - Background of the element.
 * @cssproperty [--cqp-vae-surface-alt=color-mix(in srgb, currentColor 6%, transparent)] - Cards, notes, progress track.
 * @cssproperty [--cqp-vae-border=color-mix(in srgb, currentColor 30%, transparent)] - Borders.
 * @cssproperty [--cqp-vae-radius=0.5rem] - Corner radius of options, buttons, outcomes, cards.
 * @cssproperty [--cqp-vae-space=1rem] - Base spacing.
 * @cssproperty [--cqp-vae-margin-block=2rem] - Space above and below the element (collapses with its neighbours' margins).
 * @cssproperty [--cqp-vae-error=#b3261e] - Validation messages, "Non accessible".
 * @cssproperty [--cqp-vae-success=#1b6b3a] - "Accessible".
 * @cssproperty [--cqp-vae-warning=#8a5300] - "À vérifier".
 * @cssproperty [--cqp-vae-warning-color=#b34000] - Edge of the registration warning under a picked certification.
 * @cssproperty [--cqp-vae-warning-background=#fff4e5] - Background of the registration warning.
 * @cssproperty [--cqp-vae-warning-text=#5c2100] - Text of the registration warning.
 * @cssproperty [--cqp-vae-focus=var(--cqp-vae-accent)] - Focus outline colour.
 * @cssproperty [--cqp-vae-font=inherit] - Font family.
 * @cssproperty [--cqp-vae-font-size=inherit] - Base font size.
 * @cssproperty [--cqp-vae-control-size=1.25rem] - Size of radios and checkboxes.
 * @cssproperty [--cqp-vae-input-width=8em] - Width of number fields.
 * @cssproperty [--cqp-vae-input-background=transparent] - Background of number fields.
 * @cssproperty [--cqp-vae-loading-height=20rem] - Height the loading placeholder reserves.
 * @cssproperty [--cqp-vae-bar-background=Canvas] - Background of a step's buttons, which stay in sight at the bottom of a narrow screen.
 */
export class EligibilityCheck extends ContentElement {
  static override styles = [sharedStyles, badgeStyles, registrationStyles, contactStyles, eligibilityStyles, pickerStyles];
  static override properties = {
    persist: { noAccessor: true },
    guide: { noAccessor: true },
    headingLevel: { type: Number, attribute: 'heading-level', noAccessor: true },
  };

  static {
    coercedProperty(this, 'persist', {
      coerce: (v) => (v === undefined || v === null || typeof v === 'string' || typeof v === 'boolean' ? v : IGNORE),
      accepted: 'true, false, "session", "local", "none", null or undefined',
    });
    coercedProperty(this, 'guide', optionalText);
    coercedProperty(this, 'headingLevel', headingLevelRule);
  }

  /**
   * Keeps progress (answers and current step) across a reload: `persist` or `persist="session"`
   * in sessionStorage, `persist="local"` in localStorage; absent: nothing is saved. As a property,
   * `true` is "session" and `false` is off (what React and Vue set). Saved per content id and
   * version, and per element `id` when it has one: two questionnaires on one content need distinct
   * ids. Unusable saved data is ignored. "Recommencer" and `reset()` clear it.
   */
  persist?: '' | 'session' | 'local' | boolean | null;

  /** Id of the `<cqp-vae-guide>` the result links to; default: the first one in the same document. */
  guide?: string;

  /**
   * Level of the questionnaire's title, 1 to 6 (default 2). Step and result headings are one level
   * below, outcomes two, their parts three (never deeper than 6).
   */
  headingLevel = 2;

  #flowContent?: Content;
  // The picker's controller first: it scrolls its list before the flow moves the focus.
  #picker = new Picker(this);
  /** Position, answers, drafts, messages, events and focus: flow-controller.ts. */
  #flow = new FlowController(this, {
    content: () => this.#content,
    persistMode: () => persistMode(this.persist),
    uiLocale: () => this.uiLocale,
    focus: (id) => (this.renderRoot as ShadowRoot).getElementById(id)?.focus(),
    catalogue: () => catalogueKit()?.rules,
  });
  // Content whose flow waits for the catalogue's rules (picker-loader.ts) before it starts.
  #waiting?: Content;

  /** The current answers to the questions still asked (a copy: plain JSON). Read-only. */
  get answers(): Answers {
    return this.#flow.answers();
  }

  // Without a setter, `el.answers = …` would throw in the host's strict-mode code.
  set answers(_value: unknown) {
    console.warn(`<${this.localName}>: answers is read-only (the person answers; reset() starts over); ignored.`);
  }

  /** Starts over at the first question (the introduction was read), clears the saved progress; fires no event. */
  reset(): void {
    this.#flow.reset();
    this.#picker.reset();
  }

  get #content(): Content | undefined {
    return this.contentState.status === 'ready' ? this.contentState.content : undefined;
  }

  /** @internal The English UI strings load on demand (elements/english.ts). */
  protected override uiStringsFor(locale: UiLocale) {
    return uiStringsFor(locale);
  }

  /**
   * @internal The certification picker's code, before an update when the content may ask for a
   * certification (picker-loader.ts): it then loads with the content, not when the step is reached.
   */
  protected override codeFor() {
    return catalogueKit() || !mayShowPicker(this.contentState, this.content, this) ? undefined : loadCatalogueKit();
  }

  /** @internal Its code on demand, until rendered (or given up). */
  protected override codePending() {
    return this.#picker.pending;
  }

  /** @internal Its part of the built-in content (content/default-content.ts). */
  protected override builtInContent() {
    return builtInQuestionnaire;
  }

  protected override contentChanged(_previous: ContentState, next: ContentState): void {
    const content = next.status === 'ready' ? next.content : undefined;
    if (content === this.#flowContent) return;
    this.#flowContent = content;
    // Saved progress is read once the rules that judge it are here: never evaluated without them.
    this.#waiting = content && needsCatalogue(content) && !catalogueKit() ? content : undefined;
    this.#flow.start(this.#waiting ? undefined : content, true);
    this.#picker.reset();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Updates wait for the file (codeFor), so it is usually here by now.
    if (this.#waiting && this.#waiting === this.#content && catalogueKit()) {
      this.#flow.start(this.#waiting, true);
      this.#waiting = undefined;
    }
    // `persist` set after the first render: pick up saved progress if nothing was answered yet,
    // else keep what the person did so far.
    if (this.hasUpdated && changed.has('persist') && this.#content && !this.#waiting) {
      if (Object.keys(this.#flow.state.answers).length === 0) {
        this.#flow.start(this.#content, true);
        this.#picker.reset();
      } else this.#flow.save();
    }
  }

  #onRestart = () => {
    this.reset();
    this.#flow.focusAfterUpdate('step-heading');
  };

  constructor() {
    super();
    // The next screen, rendered ahead at idle time (prepare.ts); a picker step is left alone (it keeps state).
    new ScreenPreparer(this, () => this.#next(), () => this.renderRoot);
  }

  #next() {
    const content = this.#content;
    if (!content?.eligibility) return null;
    const { state, evaluation } = this.#flow;
    const position = currentPosition(state, evaluation);
    if (position === RESULT || (position === RECAP && !evaluation.complete)) return null;
    const next = nextPosition(evaluation.visible, evaluation.answers, position, state.returning);
    const question = evaluation.visible.find((q) => q.id === next);
    return question && this.#flow.isPicker(question) ? null : { key: next, screen: () => this.#screen(content, content.eligibility!, next) };
  }

  override render() {
    const state = this.contentState;
    if (state.status === 'loading') return this.renderLoading();
    if (state.status === 'error') return this.renderError(state);
    const content = state.content;
    if (!content.eligibility) return html`<p part="empty">${strings[this.uiLocale].noQuestionnaire}</p>${this.renderSource(content.meta)}`;
    if (this.#waiting) return renderHeld(this.#host(content), content, content.eligibility);
    return this.#screen(content, content.eligibility, currentPosition(this.#flow.state, this.#flow.evaluation));
  }

  #host(content: Content): ScreenHost {
    const host = { flow: this.#flow, picker: this.#picker, locale: this.uiLocale, level: clampLevel(this.headingLevel) };
    return { ...host, source: this.renderSource(content.meta), guide: () => findGuide(this, this.guide), onRestart: this.#onRestart };
  }

  /** The screen at `position`: the current one, or the next one prepared ahead. */
  #screen(content: Content, eligibility: Eligibility, position: string) {
    return screenAt(this.#host(content), content, eligibility, position);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'eligibility-check': EligibilityCheck;
  }
}
