/**
 * The author's side of the engine's fallback (rules/fallback.ts): a page does not run the lint, so
 * when a visitor's answers fall into a gap of the content, the console says where and how to find
 * every such gap before publishing. Once per content, not on every render.
 */
import type { Content } from '../../content/schema.js';
import type { Evaluation } from '../../rules/types.js';

const told = new WeakSet<Content>();

export function warnGap(tag: string, content: Content, evaluation: Evaluation): void {
  const gaps = evaluation.results.filter((r) => r.unmatched);
  if (!gaps.length || told.has(content)) return;
  told.add(content);
  console.warn(
    `<${tag}>: the content gives no verdict for these answers (${gaps.map((g) => g.outcome.id).join(', ')}); ` +
      'the result says "to check" with a contact. Find every such gap with `npx cqp-vae-widgets validate <content.json>`.',
  );
}
