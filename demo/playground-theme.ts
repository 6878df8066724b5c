/**
 * The playground's theme controls as `--cqp-vae-*` custom properties: accent colour, corner radius
 * and font. Only values that differ from the elements' defaults become properties, so the snippet
 * stays empty of CSS until the author changes something. Pure, no DOM.
 */

export interface Theme {
  /** `#rrggbb`. */
  accent: string;
  /** In rem. */
  radius: number;
  /** A key of {@link FONTS}. */
  font: string;
}

/** The elements' own defaults (sharedStyles). */
export const DEFAULT_THEME: Theme = { accent: '#1d4f91', radius: 0.5, font: 'inherit' };

export const RADIUS = { min: 0, max: 1.5, step: 0.125 };

/** Font choices: label and the `font-family` value. */
export const FONTS: Record<string, { label: string; family: string }> = {
  inherit: { label: 'Police de la page hôte (par défaut)', family: 'inherit' },
  system: { label: 'Police du système', family: 'system-ui, sans-serif' },
  arial: { label: 'Arial / Helvetica', family: 'Arial, Helvetica, sans-serif' },
  verdana: { label: 'Verdana', family: 'Verdana, Geneva, sans-serif' },
  georgia: { label: 'Georgia (avec empattements)', family: 'Georgia, "Times New Roman", serif' },
};

function channels(hex: string): [number, number, number] | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  return m ? [parseInt(m[1], 16), parseInt(m[2], 16), parseInt(m[3], 16)] : undefined;
}

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const rgb = channels(hex) ?? [0, 0, 0];
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** Text on the accent (step numbers, primary button): white or near-black, whichever reads better. */
export function onAccent(accent: string): string {
  return contrast(accent, '#ffffff') >= contrast(accent, '#1e1e1e') ? '#ffffff' : '#1e1e1e';
}

/** The custom properties for `theme`: only those that differ from the defaults. */
export function themeProperties(theme: Theme): Record<string, string> {
  const out: Record<string, string> = {};
  const accent = theme.accent.toLowerCase();
  if (channels(accent) && accent !== DEFAULT_THEME.accent) {
    out['--cqp-vae-accent'] = accent;
    const text = onAccent(accent);
    if (text !== '#ffffff') out['--cqp-vae-on-accent'] = text;
  }
  if (theme.radius !== DEFAULT_THEME.radius) out['--cqp-vae-radius'] = `${theme.radius}rem`;
  const font = FONTS[theme.font];
  if (font && theme.font !== DEFAULT_THEME.font) out['--cqp-vae-font'] = font.family;
  return out;
}

/** All the properties the controls may set, to clear the ones a reset no longer sets. */
export const THEME_PROPERTY_NAMES = ['--cqp-vae-accent', '--cqp-vae-on-accent', '--cqp-vae-radius', '--cqp-vae-font'];
