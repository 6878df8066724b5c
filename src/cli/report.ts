/**
 * The text report of `validate`: findings grouped by severity, each with where, what and what to do,
 * then one line that says whether the content can be published. Plain text, no colours: it is read
 * in terminals and in CI logs alike.
 */
import type { LintFinding } from '../authoring/lint.js';
import type { CliStrings } from './strings.js';

function block(file: string, findings: LintFinding[], t: CliStrings): string[] {
  return findings.flatMap((f, i) => {
    const number = `${i + 1}. `;
    const indent = ' '.repeat(2 + number.length);
    // file:line:column first, as compilers write it: terminals and editors open the file there.
    const place = f.line ? `${file}:${f.line}:${f.column} — ` : '';
    return [
      `  ${number}${place}${f.path ? t.where({ path: f.path }) : t.wholeFile}`,
      `${indent}${f.message}`,
      `${indent}${t.hint} ${f.hint}`,
      '',
    ];
  });
}

export function textReport(file: string, findings: LintFinding[], t: CliStrings): string {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity === 'warning');
  const lines = [t.heading({ file }), ''];
  if (errors.length) lines.push(t.errorsTitle(errors.length), '', ...block(file, errors, t));
  if (warnings.length) lines.push(t.warningsTitle(warnings.length), '', ...block(file, warnings, t));
  if (errors.length) lines.push(t.failed(errors.length, warnings.length));
  else if (warnings.length) lines.push(t.okWithWarnings(warnings.length));
  else lines.push(t.ok);
  return `${lines.join('\n')}\n`;
}
