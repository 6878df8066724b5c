/**
 * The content issues' wording in both languages, for what runs outside a page (`parseContent`, the
 * CLI, the lint, the JSON Schema): a page's checker carries the French one and is handed the
 * English one by the module, which loads it only for a page in English (shared/checker.ts).
 */
import type { IssueLocale, IssueWords } from './issues.js';
import { frenchIssues } from './issue-words.fr.js';
import { englishIssues } from './issue-words.en.js';

export const issueWords: Record<IssueLocale, IssueWords> = { fr: frenchIssues, en: englishIssues };
