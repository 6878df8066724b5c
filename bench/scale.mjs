// Scenario 4's content: the built-in document grown to a large branch's size: a catalogue of 300
// CQPs (listed and searched in the guide's CQP route) and a 40-question questionnaire (the 6
// built-in questions + 34 generated ones of every type, each shown under a condition on an earlier
// answer, and 3 more outcomes whose rules read them). A second document puts the same catalogue
// behind a certification picker, for the picker's search.

const FAMILIES = ['Commerce', 'Logistique', 'Hôtellerie', 'Santé', 'Industrie', 'Services', 'Bâtiment', 'Transport', 'Numérique', 'Agriculture'];

/**
 * 300 CQPs: titles from ten families, a third each RNCP (with a level, half with VAE access), RS
 * and unregistered, so that the registry and level filters have something to split.
 */
export function scaleCatalogue(n = 300) {
  return Array.from({ length: n }, (_, i) => {
    const family = FAMILIES[i % FAMILIES.length];
    const r = i % 3;
    return {
      id: `cqp-${String(i + 1).padStart(3, '0')}`,
      title: `CQP Agent(e) qualifié(e) ${family.toLowerCase()} ${Math.floor(i / FAMILIES.length) + 1}`,
      kind: 'cqp',
      registry: r === 0 ? { rncp: `RNCP${36000 + i}` } : r === 1 ? { rs: `RS${5000 + i}` } : 'none',
      ...(r === 0 ? { level: 3 + (i % 4), vaeAccess: i % 2 === 0 } : {}),
      certifier: `Branche ${family}`,
      description: `${(i % 4) + 3} blocs de compétences · ${200 + (i % 7) * 50} heures de formation`,
      link: `https://example.org/cqp/${i + 1}`,
    };
  });
}

export function scaleContent(base) {
  const content = structuredClone(base);
  content.meta = { ...content.meta, id: 'bench-scale', version: '1', title: 'Branche de démonstration : 300 CQP' };
  const cqp = content.guide.routes.find((r) => r.id === 'cqp') ?? content.guide.routes[0];
  content.catalogue = scaleCatalogue();
  cqp.sections.push({ kind: 'catalogue', title: 'Les CQP de la branche', body: ['Cherchez le vôtre par son intitulé ou son numéro.'] });

  const e = content.eligibility;
  const persona = { target: 'cqp', registry: 'rncp', status: 'salarie', experience: 'yes', activities: ['salarie'], months: [12] };
  const letters = ['a', 'b', 'c', 'd'];
  let lastSingle = 'status';
  let lastNumber = null;
  for (let i = 7; i <= 40; i++) {
    const id = `q${String(i).padStart(2, '0')}`;
    const kind = ['single', 'multiple', 'number', 'durations'][i % 4];
    const common = { id, label: `Question ${i} : précisez votre situation (${kind}) ?`, title: `Question ${i}`, hint: [`Aide de la question ${i}.`] };
    let showIf;
    if (kind === 'single') showIf = { question: lastSingle, in: lastSingle === 'status' ? ['salarie', 'employeur'] : ['a', 'b', 'c'] };
    else if (kind === 'multiple') showIf = { not: { question: lastSingle, equals: lastSingle === 'status' ? 'autre' : 'd' } };
    else if (lastNumber) showIf = { question: lastNumber, atLeast: 0 };
    else showIf = { question: 'experience', equals: 'yes' };
    if (kind === 'single') {
      e.questions.push({ ...common, type: 'single', showIf, options: letters.map((v) => ({ value: v, label: `Réponse ${v.toUpperCase()} à la question ${i}` })) });
      persona[id] = 'a';
      lastSingle = id;
    } else if (kind === 'multiple') {
      e.questions.push({ ...common, type: 'multiple', showIf, options: [...letters, 'e'].map((v) => ({ value: v, label: `Choix ${v.toUpperCase()}` })) });
      persona[id] = ['a', 'b'];
    } else if (kind === 'number') {
      e.questions.push({ ...common, type: 'number', showIf, unit: 'ans', min: 0, max: 50 });
      persona[id] = 5;
      lastNumber = id;
    } else {
      e.questions.push({ ...common, type: 'durations', showIf, unit: 'mois', itemLabel: 'Période', min: 0, max: 600, maxItems: 5 });
      persona[id] = [12, 6];
      lastNumber = id;
    }
  }
  const generated = e.questions.slice(6);
  for (let o = 0; o < 3; o++) {
    const rules = generated.slice(o * 11, o * 11 + 11).map((q) => {
      if (q.type === 'single') return { when: { question: q.id, equals: 'd' }, verdict: 'not-eligible', reason: `Votre réponse à la question ${q.id} : {${q.id}}.` };
      if (q.type === 'multiple') return { when: { question: q.id, equals: 'e' }, verdict: 'to-check', reason: `À vérifier : {${q.id}}.` };
      return { when: { question: q.id, greaterThan: 40 }, verdict: 'to-check', reason: `Vous indiquez {${q.id}}.` };
    });
    e.outcomes.push({ id: `extra-${o + 1}`, title: `Parcours complémentaire ${o + 1}`, route: cqp.id, rules: [...rules, { verdict: 'eligible', reason: 'Ce parcours vous est ouvert.' }] });
  }
  return { content, persona };
}

/**
 * The built-in questionnaire with the 300-CQP catalogue and a certification picker asked first (read
 * by no rule: it is there to be searched).
 */
export function pickerContent(base) {
  const content = structuredClone(base);
  content.meta = { ...content.meta, id: 'bench-picker', version: '1' };
  content.catalogue = scaleCatalogue();
  content.eligibility.questions.unshift({ id: 'cert', type: 'certification', label: 'Quel CQP visez-vous ?', title: 'CQP visé' });
  return content;
}
