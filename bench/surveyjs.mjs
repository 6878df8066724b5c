// Translates a questionnaire of ours (content.eligibility) into a SurveyJS survey: the same questions,
// one per page, the same showIf conditions as visibleIf expressions, a preview of the answers (our
// recap), and a completion page that gives each outcome's verdict and reasons by the same rules,
// written as SurveyJS calculated values. Option hints are appended to the option text; "durations"
// (several periods) becomes a dynamic panel of number fields, summed with sumInArray().

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const lit = (v) => (typeof v === 'string' ? `'${v}'` : String(v));
const paragraphText = (p) => (typeof p === 'string' ? p : p.map((r) => (typeof r === 'string' ? r : (r.emphasis ?? r.text))).join(''));
const paragraphs = (list) => (list ?? []).map(paragraphText).join('\n');
const ITEM = 'm';

/** A condition of ours as a SurveyJS boolean expression. */
export function expression(c, types) {
  if ('all' in c) return `(${c.all.map((x) => expression(x, types)).join(' and ')})`;
  if ('any' in c) return `(${c.any.map((x) => expression(x, types)).join(' or ')})`;
  if ('not' in c) return `!(${expression(c.not, types)})`;
  const q = `{${c.question}}`;
  const type = types.get(c.question);
  const value = type === 'durations' ? `sumInArray(${q}, '${ITEM}')` : q;
  if ('answered' in c) return c.answered ? `${q} notempty` : `${q} empty`;
  if ('equals' in c) return type === 'multiple' ? `${q} contains ${lit(c.equals)}` : `${q} notempty and ${value} = ${lit(c.equals)}`;
  if ('in' in c) return `${q} anyof [${c.in.map(lit).join(', ')}]`;
  const ops = { lessThan: '<', atMost: '<=', greaterThan: '>', atLeast: '>=' };
  for (const [key, op] of Object.entries(ops)) if (key in c) return `${q} notempty and ${value} ${op} ${c[key]}`;
  throw new Error(`unknown condition ${JSON.stringify(c)}`);
}

function question(q, types) {
  const base = {
    name: q.id,
    title: q.label,
    ...(q.hint?.length ? { description: paragraphs(q.hint) } : {}),
    isRequired: q.required !== false,
    ...(q.showIf ? { visibleIf: expression(q.showIf, types) } : {}),
  };
  const choices = () => q.options.map((o) => ({ value: o.value, text: o.hint ? `${o.label} — ${paragraphText(o.hint)}` : o.label }));
  switch (q.type) {
    case 'single':
      return { type: 'radiogroup', ...base, choices: choices() };
    case 'multiple':
      return { type: 'checkbox', ...base, choices: choices() };
    case 'number':
      return { type: 'text', inputType: 'number', ...base, ...(q.min !== undefined ? { min: q.min } : {}), ...(q.max !== undefined ? { max: q.max } : {}) };
    default:
      return {
        type: 'paneldynamic',
        ...base,
        templateElements: [
          {
            type: 'text',
            name: ITEM,
            title: `${q.itemLabel ?? 'Période'} {panelIndex}${q.unit ? ` (${q.unit})` : ''}`,
            inputType: 'number',
            isRequired: true,
            ...(q.min !== undefined ? { min: q.min } : {}),
            ...(q.max !== undefined ? { max: q.max } : {}),
          },
        ],
        panelCount: 1,
        minPanelCount: 1,
        ...(q.maxItems ? { maxPanelCount: q.maxItems } : {}),
        panelAddText: 'Ajouter une période',
        panelRemoveText: 'Retirer',
      };
  }
}

/** The survey JSON for `content` (ours); `display` names the calculated value for each shown part. */
export function toSurveyJs(content) {
  const e = content.eligibility;
  const types = new Map(e.questions.map((q) => [q.id, q.type]));
  const calculated = [];
  const calc = (name, expr) => {
    if (!calculated.some((c) => c.name === name)) calculated.push({ name, expression: expr });
    return `{${name}}`;
  };
  // Placeholders: choices read as their labels (SurveyJS uses display values in texts), numbers and
  // totals with their unit.
  const fill = (text) =>
    esc(text).replace(/\{([a-z0-9][a-z0-9_-]*)\}/g, (m, id) => {
      const q = e.questions.find((x) => x.id === id);
      if (!q) return '?';
      if (q.type === 'durations') return `${calc(`${id}_total`, `sumInArray({${id}}, '${ITEM}')`)}${q.unit ? ` ${q.unit}` : ''}`;
      return q.type === 'number' && q.unit ? `{${id}} ${q.unit}` : `{${id}}`;
    });
  const whenOf = (rule) => (rule.when ? expression(rule.when, types) : 'true');
  const anyOf = (rules) => (rules.length ? rules.map((r) => `(${whenOf(r)})`).join(' or ') : 'false');
  const words = { eligible: 'Accessible', 'not-eligible': 'Non accessible', 'to-check': 'À vérifier' };

  const blocks = e.outcomes.map((o, i) => {
    const ne = anyOf(o.rules.filter((r) => r.verdict === 'not-eligible'));
    const tc = anyOf(o.rules.filter((r) => r.verdict === 'to-check'));
    const el = anyOf(o.rules.filter((r) => r.verdict === 'eligible'));
    // No rule at all holds: "to-check" with no reason, as the engine does.
    const verdictExpr = `iif(${ne}, 'not-eligible', iif(${tc}, 'to-check', iif(${el}, 'eligible', 'to-check')))`;
    const verdict = calc(`o${i}_verdict`, verdictExpr);
    const isEligible = `!(${ne}) and !(${tc})`;
    const shown = o.showIf ? calc(`o${i}_shown`, `iif(${expression(o.showIf, types)}, 'block', 'none')`) : 'block';
    const word = calc(`o${i}_word`, `iif(${ne}, '${words['not-eligible']}', iif(${tc}, '${words['to-check']}', '${words.eligible}'))`);
    const reasons = o.rules
      .map((r, j) => {
        const speaks = r.verdict === 'eligible' ? `(${whenOf(r)}) and ${isEligible}` : whenOf(r);
        return `<li style="display:${calc(`o${i}_r${j}`, `iif(${speaks}, 'list-item', 'none')`)}">${fill(r.reason)}</li>`;
      })
      .join('');
    const goAhead = calc(`o${i}_go`, `iif(${ne}, 'none', 'block')`);
    const route = content.guide.routes.find((r) => r.id === o.route);
    const steps = route?.sections.find((s) => s.kind === 'steps')?.steps ?? [];
    const options = new Map();
    for (const s of content.guide.routes.flatMap((r) => r.sections)) if (s.kind === 'financing') for (const opt of s.options) options.set(opt.id, opt);
    const financing = (o.financing ?? [])
      .map((f, k) => {
        const opt = options.get(f.option);
        if (!opt) return '';
        const display = f.when ? calc(`o${i}_f${k}`, `iif(${expression(f.when, types)}, 'list-item', 'none')`) : 'list-item';
        return `<li style="display:${display}"><h5>${esc(opt.title)}</h5><p>${esc(paragraphs(opt.body))}</p></li>`;
      })
      .join('');
    // A note is a paragraph, or { text, when } shown when its condition holds (as a financing option).
    const conditions = (o.notes ?? []).map((n) => (n && typeof n === 'object' && !Array.isArray(n) ? n.when : undefined));
    const notes = (o.notes ?? [])
      .map((n, k) => {
        const when = conditions[k];
        const display = when ? calc(`o${i}_n${k}`, `iif(${expression(when, types)}, 'block', 'none')`) : 'block';
        return `<p style="display:${display}">${esc(paragraphText(when ? n.text : n))}</p>`;
      })
      .join('');
    const notesShown = conditions.some((c) => !c)
      ? 'block'
      : calc(`o${i}_notes`, `iif(${conditions.map((c) => `(${expression(c, types)})`).join(' or ')}, 'block', 'none')`);
    const links = (o.links ?? []).map((l) => `<li><a href="${esc(l.href)}">${esc(l.text)}</a></li>`).join('');
    return `<article style="display:${shown}" data-outcome="${esc(o.id)}" data-verdict="${verdict}">
<h3>${esc(o.title)}</h3><p class="verdict">${word}</p><h4>Pourquoi</h4><ul>${reasons}</ul>
<div style="display:${goAhead}"><h4>Prochaines étapes</h4><ol>${steps.map((s) => `<li><strong>${esc(s.title)}</strong> ${esc(paragraphs(s.body))}</li>`).join('')}</ol>
<h4>Financement</h4><ul>${financing}</ul></div>
${notes ? `<div style="display:${notesShown}"><h4>À savoir</h4>${notes}</div>` : ''}${links ? `<h4>Liens utiles</h4><ul>${links}</ul>` : ''}
</article>`;
  });

  return {
    locale: 'fr',
    title: e.title,
    description: paragraphs(e.intro),
    questionsOnPageMode: 'questionPerPage',
    showPreviewBeforeComplete: true,
    previewMode: 'answeredQuestions',
    clearInvisibleValues: 'onHidden',
    checkErrorsMode: 'onNextPage',
    showProgressBar: true,
    calculatedValues: calculated,
    completedHtml: `<section class="bench-result"><h2>Résultat</h2>${blocks.join('\n')}</section>`,
    pages: [{ name: 'questions', elements: e.questions.map((q) => question(q, types)) }],
  };
}
