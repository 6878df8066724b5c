/**
 * The content playground: an author edits a content file and sees, live, the findings of the schema
 * and the lint (the CLI's), both elements previewing the content, theme controls and the snippet to
 * paste. `initPlayground(root)` mounts it anywhere (playground.html, a test), renders with lit and
 * keeps its state here; the markup is playground-view.ts.
 */
import { render } from 'lit';
import '../src/define.js';
import { lineColumn } from '../src/authoring/lint-validate.js';
import { checkText, type Check, type CheckOptions, type PlacedFinding } from './playground-check.js';
import { BUILT_IN_TEXT, EXAMPLES, type Example } from './playground-examples.js';
import { buildSnippet, INLINE_LIMIT_BYTES, type ContentMode } from './playground-snippet.js';
import { DEFAULT_THEME, themeProperties, type Theme } from './playground-theme.js';
import { view, type ViewActions, type ViewState } from './playground-view.js';

export interface PlaygroundOptions extends CheckOptions {
  /** The editor's first text (default: the built-in content). */
  text?: string;
  /** Pause in typing before a check, in ms (default 300). */
  debounceMs?: number;
  /** The script URL the snippet starts with. */
  scriptUrl?: string;
}

export interface Playground {
  readonly editor: HTMLTextAreaElement;
  /** The snippet as shown and copied. */
  readonly snippet: string;
  /** The last check. */
  readonly check: Check;
  /** Replaces the editor's text and checks it at once. */
  setText(text: string): void;
  destroy(): void;
}

export const DEFAULT_SCRIPT_URL = 'https://your.cdn/cqp-vae-widgets/dist/cqp-vae-widgets.js';
const DEFAULT_SRC = '/contenus/ma-branche.json';

let mounted = 0;

/** What is wrong with a `src` the elements would refuse, in words; '' when it is fine. */
export function srcProblem(src: string): string {
  if (!src.trim()) return 'Indiquez l’adresse où vous publierez le fichier.';
  let url: URL;
  try {
    url = new URL(src.trim(), 'https://exemple.invalid/');
  } catch {
    return 'Cette adresse n’est pas valide.';
  }
  return url.protocol === 'https:' || url.protocol === 'http:'
    ? ''
    : 'Seules les adresses https://, http:// ou relatives à votre site (comme /contenus/ma-branche.json) sont acceptées.';
}

export function initPlayground(root: HTMLElement, options: PlaygroundOptions = {}): Playground {
  const prefix = `pg${++mounted}`;
  const debounceMs = options.debounceMs ?? 300;
  const initial = options.text ?? BUILT_IN_TEXT;
  const check = (text: string) => checkText(text, { today: options.today });

  let modeChosen = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lineCount = 0;
  const first = check(initial);
  const state: ViewState = {
    id: (name) => `${prefix}-${name}`,
    check: first,
    previewText: initial,
    examples: EXAMPLES,
    loadStatus: '',
    position: 'Ligne 1, colonne 1',
    theme: { ...DEFAULT_THEME },
    properties: {},
    mode: suggestedMode(first),
    src: DEFAULT_SRC,
    srcProblem: '',
    scriptUrl: options.scriptUrl ?? DEFAULT_SCRIPT_URL,
    guide: true,
    questionnaire: true,
    layout: 'tabs',
    persist: false,
    snippet: '',
    copyStatus: '',
  };

  function suggestedMode(c: Check): ContentMode {
    return c.bytes > INLINE_LIMIT_BYTES ? 'src' : 'inline';
  }

  const update = () => {
    if (!modeChosen) state.mode = suggestedMode(state.check);
    state.properties = themeProperties(state.theme);
    state.srcProblem = state.mode === 'src' ? srcProblem(state.src) : '';
    state.snippet = buildSnippet({
      scriptUrl: state.scriptUrl,
      mode: state.mode,
      src: state.src.trim(),
      json: state.check.text,
      guide: state.guide,
      check: state.questionnaire,
      layout: state.layout,
      persist: state.persist,
      properties: state.properties,
    });
    render(view(state, actions), root);
  };

  const runCheck = () => {
    clearTimeout(timer);
    timer = undefined;
    state.check = check(editor.value);
    state.previewText = editor.value;
    update();
  };

  const syncGutter = () => {
    const lines = editor.value.split('\n').length;
    if (lines !== lineCount) {
      lineCount = lines;
      gutter.textContent = Array.from({ length: lines }, (_, i) => i + 1).join('\n');
    }
    gutter.scrollTop = editor.scrollTop;
  };

  const showCaret = () => {
    const { line, column } = lineColumn(editor.value, editor.selectionStart);
    const text = `Ligne ${line}, colonne ${column}`;
    if (text !== state.position) {
      state.position = text;
      update();
    }
  };

  /** Puts the caret at `offset`, focuses the editor and scrolls the line into view. */
  const goTo = (offset: number) => {
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(offset, offset);
    const { line } = lineColumn(editor.value, offset);
    const lineHeight = parseFloat(getComputedStyle(editor).lineHeight) || 20;
    editor.scrollTop = Math.max(0, (line - 1) * lineHeight - editor.clientHeight / 3);
    editor.scrollIntoView({ block: 'nearest' });
    syncGutter();
    showCaret();
  };

  const setText = (text: string) => {
    editor.value = text;
    editor.setSelectionRange(0, 0);
    editor.scrollTop = 0;
    syncGutter();
    runCheck();
    showCaret();
  };

  const actions: ViewActions = {
    input: () => {
      syncGutter();
      clearTimeout(timer);
      timer = setTimeout(runCheck, debounceMs);
    },
    scroll: () => syncGutter(),
    caret: showCaret,
    loadExample: async (example: Example) => {
      state.loadStatus = `Chargement de « ${example.label} »…`;
      update();
      try {
        setText(await example.load());
        state.loadStatus = `« ${example.label} » chargé : ${summaryWords(state.check)}`;
      } catch (error) {
        state.loadStatus = `Impossible de charger « ${example.label} » (${(error as Error).message}).`;
      }
      update();
    },
    openFile: async (event: Event) => {
      const file = (event.target as HTMLInputElement).files?.[0];
      if (!file) return;
      try {
        setText(await file.text());
        state.loadStatus = `« ${file.name} » ouvert : ${summaryWords(state.check)}`;
      } catch (error) {
        state.loadStatus = `Impossible de lire « ${file.name} » (${(error as Error).message}).`;
      }
      update();
    },
    goTo: (finding: PlacedFinding) => goTo(finding.offset),
    theme: (change: Partial<Theme>) => {
      Object.assign(state.theme, change);
      update();
    },
    resetTheme: () => {
      state.theme = { ...DEFAULT_THEME };
      update();
    },
    option: (change) => {
      if (change.mode) modeChosen = true;
      Object.assign(state, change);
      update();
    },
    download: () => {
      const name = `${state.check.content?.meta.id ?? 'contenu'}.json`;
      const url = URL.createObjectURL(new Blob([editor.value], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 0);
    },
    copy: () => void copy(),
  };

  const copy = async () => {
    const text = state.snippet;
    try {
      await navigator.clipboard.writeText(text);
      state.copyStatus = 'Code copié dans le presse-papiers.';
    } catch {
      // No clipboard (an insecure page, a refused permission): select the code for Ctrl+C.
      const code = root.querySelector('.pg-snippet code')!;
      const range = document.createRange();
      range.selectNodeContents(code);
      const selection = getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      // The older command still works where the clipboard API does not (a page served over http).
      const copied = document.execCommand('copy');
      state.copyStatus = copied
        ? 'Code copié dans le presse-papiers.'
        : 'Copie automatique impossible : le code est sélectionné, appuyez sur Ctrl+C (ou ⌘+C sur Mac).';
    }
    update();
  };

  update();
  const editor = root.querySelector<HTMLTextAreaElement>('.pg-textarea')!;
  const gutter = root.querySelector<HTMLElement>('.pg-gutter')!;
  editor.value = initial;
  syncGutter();

  return {
    editor,
    get snippet() {
      return state.snippet;
    },
    get check() {
      return state.check;
    },
    setText,
    destroy() {
      clearTimeout(timer);
      render(null, root);
    },
  };
}

function summaryWords(check: Check): string {
  if (check.errors) return `${check.errors} erreur${check.errors > 1 ? 's' : ''}, ${check.warnings} avertissement${check.warnings > 1 ? 's' : ''}.`;
  return check.warnings ? `aucune erreur, ${check.warnings} avertissement${check.warnings > 1 ? 's' : ''}.` : 'aucun problème.';
}
