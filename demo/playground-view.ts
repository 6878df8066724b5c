/**
 * The playground's markup, as lit templates re-rendered from its state: lit changes only what
 * differs, so focus, the caret and the preview elements survive each render. The editor's text is
 * the one thing not bound here (playground.ts sets it), so that a render never moves the caret.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { cliStrings } from '../src/cli/strings.js';
import type { Check, PlacedFinding } from './playground-check.js';
import type { Example } from './playground-examples.js';
import { INLINE_LIMIT_BYTES, type ContentMode } from './playground-snippet.js';
import { contrast, FONTS, RADIUS, type Theme } from './playground-theme.js';

export interface ViewState {
  id: (name: string) => string;
  check: Check;
  /** What the preview elements show (the text of the last check). */
  previewText: string;
  examples: Example[];
  loadStatus: string;
  position: string;
  theme: Theme;
  properties: Record<string, string>;
  mode: ContentMode;
  src: string;
  srcProblem: string;
  scriptUrl: string;
  guide: boolean;
  questionnaire: boolean;
  layout: 'tabs' | 'stacked';
  persist: boolean;
  snippet: string;
  copyStatus: string;
}

export interface ViewActions {
  input(event: Event): void;
  scroll(event: Event): void;
  caret(): void;
  loadExample(example: Example): void;
  openFile(event: Event): void;
  goTo(finding: PlacedFinding): void;
  theme(change: Partial<Theme>): void;
  resetTheme(): void;
  option(change: Partial<Pick<ViewState, 'mode' | 'src' | 'scriptUrl' | 'guide' | 'questionnaire' | 'layout' | 'persist'>>): void;
  download(): void;
  copy(): void;
}

const t = cliStrings.fr;
const kilobytes = (bytes: number) => `${new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(bytes / 1024)} ko`;
const value = (event: Event) => (event.target as HTMLInputElement).value;
const checked = (event: Event) => (event.target as HTMLInputElement).checked;

export function summary(check: Check): string {
  if (check.errors) return t.failed(check.errors, check.warnings);
  return check.warnings ? t.okWithWarnings(check.warnings) : t.ok;
}

function where(f: PlacedFinding): TemplateResult | string {
  if (f.code === 'json') return `Ligne ${f.line}, colonne ${f.column}`;
  if (!f.path) return t.wholeFile;
  return html`Ligne ${f.line} · <code>${f.path}</code>${f.exact ? nothing : ' (absent : dans son bloc)'}`;
}

function findingList(s: ViewState, a: ViewActions, severity: PlacedFinding['severity']) {
  const list = s.check.findings.filter((f) => f.severity === severity);
  if (!list.length) return nothing;
  const title = severity === 'error' ? t.errorsTitle(list.length) : t.warningsTitle(list.length);
  return html`<h3 class="pg-group pg-group-${severity}">${title}</h3>
    <ol class="pg-findings-list">
      ${list.map((f, i) => {
        const message = s.id(`${severity}-${i}`);
        return html`<li class="pg-finding pg-finding-${severity}">
          <button type="button" class="pg-goto" aria-describedby=${message} @click=${() => a.goTo(f)}>
            <span class="visually-hidden">Aller à la </span>${where(f)}
          </button>
          <p id=${message}>${f.message}</p>
          <p class="pg-hint"><strong>${t.hint}</strong> ${f.hint}</p>
        </li>`;
      })}
    </ol>`;
}

function editor(s: ViewState, a: ViewActions) {
  return html`<section class="pg-editor" aria-labelledby=${s.id('editor-title')}>
    <h2 id=${s.id('editor-title')}>1. Votre contenu</h2>
    <div role="group" aria-labelledby=${s.id('examples-label')} class="pg-examples">
      <p id=${s.id('examples-label')}>Partir d’un exemple (remplace le texte de l’éditeur) :</p>
      <ul>
        ${s.examples.map(
          (example) => html`<li>
            <button type="button" data-example=${example.id} @click=${() => a.loadExample(example)}>
              ${example.label}<span class="pg-example-note">${example.description}</span>
            </button>
          </li>`,
        )}
      </ul>
      <p class="pg-file">
        <label for=${s.id('file')}>Ou ouvrir un fichier .json de votre ordinateur :</label>
        <input type="file" id=${s.id('file')} accept=".json,application/json" @change=${a.openFile} />
      </p>
    </div>
    <p role="status" class="pg-status">${s.loadStatus}</p>
    <label for=${s.id('text')} class="pg-label">Fichier de contenu (JSON)</label>
    <p id=${s.id('help')} class="pg-help">
      Collez ou modifiez le contenu : il est vérifié à chaque pause dans la frappe, et l’aperçu suit. La
      touche Tab quitte la zone de saisie. Dans « Vérification », chaque problème a un bouton qui place le
      curseur à l’endroit concerné.
    </p>
    <div class="pg-code">
      <div class="pg-gutter" aria-hidden="true"></div>
      <textarea
        id=${s.id('text')}
        class="pg-textarea"
        aria-describedby="${s.id('help')} ${s.id('position')}"
        spellcheck="false"
        autocomplete="off"
        autocapitalize="off"
        wrap="off"
        rows="24"
        @input=${a.input}
        @scroll=${a.scroll}
        @keyup=${a.caret}
        @click=${a.caret}
        @focus=${a.caret}
      ></textarea>
    </div>
    <p id=${s.id('position')} class="pg-position">${s.position}</p>
  </section>`;
}

function findings(s: ViewState, a: ViewActions) {
  return html`<section class="pg-findings" aria-labelledby=${s.id('findings-title')}>
    <h2 id=${s.id('findings-title')}>2. Vérification</h2>
    <p role="status" class="pg-summary ${s.check.errors ? 'pg-summary-error' : ''}">${summary(s.check)}</p>
    ${findingList(s, a, 'error')} ${findingList(s, a, 'warning')}
  </section>`;
}

function contrastNote(accent: string): string {
  const ratio = contrast(accent, '#ffffff');
  const shown = `${new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }).format(ratio)} pour 1`;
  return ratio >= 4.5
    ? `Contraste avec un fond blanc : ${shown}, suffisant pour les liens et les textes.`
    : `Attention : contraste avec un fond blanc de ${shown}, insuffisant (4,5 pour 1 au minimum pour les liens et les textes).`;
}

function theme(s: ViewState, a: ViewActions) {
  const radius = new Intl.NumberFormat('fr').format(s.theme.radius);
  return html`<section class="pg-theme" aria-labelledby=${s.id('theme-title')}>
    <h2 id=${s.id('theme-title')}>3. Apparence</h2>
    <p>Ces réglages fixent les propriétés <code>--cqp-vae-*</code> de l’aperçu ; le code à coller les reprend.</p>
    <div class="pg-controls">
      <p>
        <label for=${s.id('accent')}>Couleur principale</label>
        <input type="color" id=${s.id('accent')} .value=${s.theme.accent} aria-describedby=${s.id('accent-note')}
          @input=${(e: Event) => a.theme({ accent: value(e) })} />
        <span id=${s.id('accent-note')} class="pg-note">${contrastNote(s.theme.accent)}</span>
      </p>
      <p>
        <label for=${s.id('radius')}>Arrondi des angles</label>
        <input type="range" id=${s.id('radius')} min=${RADIUS.min} max=${RADIUS.max} step=${RADIUS.step}
          .value=${String(s.theme.radius)} aria-valuetext="${radius} rem"
          @input=${(e: Event) => a.theme({ radius: Number(value(e)) })} />
        <output for=${s.id('radius')}>${radius} rem</output>
      </p>
      <p>
        <label for=${s.id('font')}>Police</label>
        <select id=${s.id('font')} @change=${(e: Event) => a.theme({ font: value(e) })}>
          ${Object.entries(FONTS).map(([key, f]) => html`<option value=${key} ?selected=${key === s.theme.font}>${f.label}</option>`)}
        </select>
      </p>
      <p><button type="button" @click=${a.resetTheme}>Revenir à l’apparence par défaut</button></p>
    </div>
  </section>`;
}

function preview(s: ViewState) {
  return html`<section class="pg-preview-section" aria-labelledby=${s.id('preview-title')}>
    <h2 id=${s.id('preview-title')}>4. Aperçu</h2>
    <p>
      Les widgets affichent le contenu de l’éditeur tel qu’il apparaîtra sur votre site. S’il a une erreur
      de format, ils montrent leur propre message d’erreur, comme ils le feraient chez vous.
    </p>
    <div class="pg-preview" style=${styleMap(s.properties)}>
      <cqp-vae-guide id=${s.id('guide')} heading-level="3" layout=${s.layout} ?hidden=${!s.guide} .content=${s.previewText}></cqp-vae-guide>
      <eligibility-check guide=${s.id('guide')} heading-level="3" ?persist=${s.persist} ?hidden=${!s.questionnaire}
        .content=${s.previewText}></eligibility-check>
    </div>
  </section>`;
}

function advice(s: ViewState) {
  const size = kilobytes(s.check.bytes);
  const parts: (TemplateResult | string)[] = [];
  if (s.check.builtIn) parts.push('Ce contenu est le contenu intégré : le code le plus court n’a ni JSON ni attribut src (retirez-les).');
  if (s.check.bytes > INLINE_LIMIT_BYTES) {
    parts.push(
      s.mode === 'inline'
        ? `Ce contenu pèse ${size} : mieux vaut le publier dans un fichier et donner son adresse (src). Dans la page, il serait répété dans chaque élément et rechargé à chaque visite.`
        : `Ce contenu pèse ${size} : un fichier à part (src) est le bon choix au-delà de ${kilobytes(INLINE_LIMIT_BYTES)}.`,
    );
  } else parts.push(`Ce contenu pèse ${size} : il peut être copié dans la page ou publié dans un fichier.`);
  return parts.map((p) => html`<p class="pg-advice">${p}</p>`);
}

function snippet(s: ViewState, a: ViewActions) {
  const mode = (m: ContentMode, label: TemplateResult) => html`<div class="pg-choice">
    <input type="radio" name=${s.id('mode')} id=${s.id(`mode-${m}`)} value=${m} .checked=${s.mode === m}
      @change=${() => a.option({ mode: m })} />
    <label for=${s.id(`mode-${m}`)}>${label}</label>
  </div>`;
  const srcDescribed = [s.id('src-help'), s.srcProblem ? s.id('src-problem') : ''].filter(Boolean).join(' ');
  return html`<section class="pg-snippet-section" aria-labelledby=${s.id('snippet-title')}>
    <h2 id=${s.id('snippet-title')}>5. Le code à coller dans votre site</h2>
    <fieldset>
      <legend>Où placer le contenu ?</legend>
      ${mode('src', html`Dans un fichier publié à part sur votre site (attribut <code>src</code>)`)}
      ${mode('inline', html`Dans la page, copié dans chaque élément (<code>&lt;script type="application/json"&gt;</code>)`)}
    </fieldset>
    ${advice(s)}
    ${s.mode === 'src'
      ? html`<p class="pg-field">
          <label for=${s.id('src')}>Adresse du fichier de contenu</label>
          <input type="text" inputmode="url" id=${s.id('src')} .value=${s.src} spellcheck="false" autocomplete="off"
            aria-describedby=${srcDescribed} aria-invalid=${s.srcProblem ? 'true' : 'false'}
            @input=${(e: Event) => a.option({ src: value(e) })} />
          <span id=${s.id('src-help')} class="pg-note">
            Par exemple <code>/contenus/ma-branche.json</code> : le fichier doit contenir exactement le texte de l’éditeur.
          </span>
          ${s.srcProblem ? html`<span id=${s.id('src-problem')} class="pg-field-error">${s.srcProblem}</span>` : nothing}
          <button type="button" @click=${a.download}>Enregistrer le contenu dans un fichier .json</button>
        </p>`
      : nothing}
    <p class="pg-field">
      <label for=${s.id('script')}>Adresse du script</label>
      <input type="text" inputmode="url" id=${s.id('script')} .value=${s.scriptUrl} spellcheck="false" autocomplete="off"
        aria-describedby=${s.id('script-help')} @input=${(e: Event) => a.option({ scriptUrl: value(e) })} />
      <span id=${s.id('script-help')} class="pg-note">Là où vous avez publié <code>dist/cqp-vae-widgets.js</code>.</span>
    </p>
    <fieldset>
      <legend>Éléments et options</legend>
      <div class="pg-choice">
        <input type="checkbox" id=${s.id('with-guide')} .checked=${s.guide} @change=${(e: Event) => a.option({ guide: checked(e) })} />
        <label for=${s.id('with-guide')}>Le guide <code>&lt;cqp-vae-guide&gt;</code></label>
      </div>
      <p class="pg-field pg-indent">
        <label for=${s.id('layout')}>Présentation des parcours</label>
        <select id=${s.id('layout')} ?disabled=${!s.guide} @change=${(e: Event) => a.option({ layout: value(e) as ViewState['layout'] })}>
          <option value="tabs" ?selected=${s.layout === 'tabs'}>En onglets (par défaut)</option>
          <option value="stacked" ?selected=${s.layout === 'stacked'}>L’un après l’autre</option>
        </select>
      </p>
      <div class="pg-choice">
        <input type="checkbox" id=${s.id('with-check')} .checked=${s.questionnaire}
          @change=${(e: Event) => a.option({ questionnaire: checked(e) })} />
        <label for=${s.id('with-check')}>Le questionnaire <code>&lt;eligibility-check&gt;</code></label>
      </div>
      <div class="pg-choice pg-indent">
        <input type="checkbox" id=${s.id('persist')} .checked=${s.persist} ?disabled=${!s.questionnaire}
          @change=${(e: Event) => a.option({ persist: checked(e) })} />
        <label for=${s.id('persist')}>Garder les réponses si la personne recharge la page (<code>persist</code>)</label>
      </div>
    </fieldset>
    ${!s.guide && !s.questionnaire ? html`<p class="pg-warning">Choisissez au moins un élément.</p>` : nothing}
    ${s.check.errors
      ? html`<p class="pg-warning">
          Le contenu a encore ${s.check.errors > 1 ? `${s.check.errors} erreurs : corrigez-les` : 'une erreur : corrigez-la'}
          avant de publier ce code, sinon les widgets afficheront un message d’erreur.
        </p>`
      : nothing}
    <pre class="pg-snippet" tabindex="0" role="region" aria-label="Code à coller"><code>${s.snippet}</code></pre>
    <p class="pg-copy">
      <button type="button" @click=${a.copy}>Copier le code</button>
      <span role="status">${s.copyStatus}</span>
    </p>
  </section>`;
}

export function view(s: ViewState, a: ViewActions): TemplateResult {
  return html`<header class="pg-header">
      <h1>Atelier de contenu</h1>
      <p>
        Écrivez ou collez le fichier de contenu de votre branche : il est vérifié pendant que vous tapez,
        les deux widgets le montrent tel qu’il s’affichera, et le code à coller dans votre site se met à jour.
        Rien n’est envoyé : tout se passe dans votre navigateur.
      </p>
      <nav aria-label="Pages de démonstration">
        <a href="./index.html">Contenu intégré</a> · <a href="./theming.html">Thème et anglais</a> ·
        <a href="./playground.html" aria-current="page">Atelier de contenu</a>
      </nav>
    </header>
    <main class="pg-main">
      <div class="pg-columns">${editor(s, a)} ${findings(s, a)}</div>
      ${theme(s, a)} ${preview(s)} ${snippet(s, a)}
    </main>`;
}
