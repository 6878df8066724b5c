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
  const fixed = mapTexts(json, (text, at) => {
    const after = typeset(text);
    if (after !== text) changes.push({ path: formatPath(at), before: text, after });
    return after;
  });
  return { fixed, changes };
}
