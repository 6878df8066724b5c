/**
 * What French typography would change in a content document: each text with its JSON path, before
 * and after. For the CLI's `typography` command and the tests of the example files.
 */
import { formatPath } from '../content/issues.js';
import { mapTexts, typeset } from '../content/typography.js';

export interface TypographyChange {
  path: string;
  before: string;
  after: string;
}

/** The texts of `json` that French typography changes, with their JSON paths. */
export function typographyChanges(json: unknown): { fixed: unknown; changes: TypographyChange[] } {
  const changes: TypographyChange[] = [];
  const fixed = mapTexts(json, typeset);
  // The same document, texts changed: the paths are where the two differ.
  const compare = (before: unknown, after: unknown, at: (string | number)[]): void => {
    if (typeof before === 'string') {
      if (before !== after) changes.push({ path: formatPath(at), before, after: after as string });
    } else if (Array.isArray(before)) before.forEach((x, i) => compare(x, (after as unknown[])[i], [...at, i]));
    else if (before && typeof before === 'object') {
      for (const k in before) compare((before as Record<string, unknown>)[k], (after as Record<string, unknown>)[k], [...at, k]);
    }
  };
  compare(json, fixed, []);
  return { fixed, changes };
}
