/**
 * Where a JSON text breaks, in the reader's language. Engines word JSON.parse errors in English and
 * each in its own way (V8: "at position 23 (line 1 column 24)", SpiderMonkey: "at line 1 column 24",
 * JavaScriptCore: no position), and an English sentence inside a French message is a second
 * language for the reader: only the position is kept, and the advice is ours (issue-words.*.ts).
 */
import { message, type IssueWords } from './issues.js';

/** Line and column (from 1) of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** "ligne 2, colonne 1 : vérifiez …" (or only the advice when the engine gives no position). */
export function jsonErrorDetail(text: string, error: unknown, words: IssueWords): string {
  const raw = error instanceof Error ? error.message : String(error);
  const lc = /line (\d+) column (\d+)/.exec(raw);
  const position = /position (\d+)/.exec(raw);
  const where = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : position ? lineColumn(text, Number(position[1])) : null;
  const advice = words.messages.json_advice;
  return where ? message(words, 'json_at', { ...where, advice }) : advice;
}
