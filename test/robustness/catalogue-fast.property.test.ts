// The catalogue's hand-written fast path (src/content/catalogue-fast.ts) must never accept what the
// schema refuses, nor give a different result: random entries, near-valid and broken, are checked
// both ways. And it must actually be taken on a real catalogue, or a big one costs zod's time again.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { fastCatalogue } from '../../src/content/catalogue-fast.js';
import { contentSchema } from '../../src/content/schema.js';
import { isSafeHref } from '../../src/content/href.js';
import { parseContent } from '../../src/content/parse.js';
import { typesetContent } from '../../src/content/typography.js';
import { catalogueInput, generateCatalogue } from '../catalogue/fixtures.js';

const odd = fc.constantFrom<unknown>(
  undefined, null, '', ' ', 'x', ' padded ', 'a b', 'Cap', 'cqp', 'rncp', 'none', 'RNCP12345', 0, 1, 4, 8, 9, 4.5, -1, NaN,
  true, false, [], {}, { rncp: 'RNCP123' }, { rs: 'RS1234' }, { rncp: 'RNCP1', rs: 'RS1' }, { rncp: '' }, { rncp: ' x' },
  'https://example.org/x', 'https://u:p@example.org', 'javascript:alert(1)', 'https://xn--pple-43d.com', 'https:\\\\e.example',
  '2026-01-31', '2026-02-31', '2026-1-1', [{ code: 'B1', title: 'Bloc' }], [{ code: '', title: 'x' }], [{ name: 'Branche', siret: '123' }],
);
const key = fc.constantFrom(
  'id', 'title', 'kind', 'registry', 'level', 'vaeAccess', 'certifier', 'description', 'link', 'other', '__proto__',
  'vaeRoute', 'active', 'partialValidation', 'cpf', 'duration', 'cost', 'registeredUntil', 'blocs', 'certifiers', 'conventions',
);

/** A valid entry with up to three fields replaced by odd values, added or removed. */
const entry = fc
  .tuple(fc.nat(999), fc.array(fc.tuple(key, odd, fc.boolean()), { maxLength: 3 }))
  .map(([i, changes]) => {
    const e: Record<string, unknown> = { ...generateCatalogue(i + 1)[i] };
    for (const [k, v, remove] of changes) {
      if (remove) delete e[k];
      else Object.defineProperty(e, k, { value: v, enumerable: true, writable: true, configurable: true });
    }
    return e;
  });

describe('catalogue fast path', () => {
  it('accepts only what the schema accepts, with the same result', () => {
    const Certification = contentSchema().Certification;
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => {
        const fast = fastCatalogue(entries, contentSchema(), isSafeHref);
        if (!fast) return;
        fast.forEach((f, i) => {
          const slow = Certification.safeParse(entries[i]);
          expect(slow.success, JSON.stringify(entries[i])).to.equal(true);
          expect(f).to.deep.equal(slow.data);
        });
      }),
      { numRuns: 400 },
    );
  });

  it('is taken for a generated catalogue, and parses it as zod does', () => {
    const input = catalogueInput(generateCatalogue(300));
    expect(fastCatalogue(input.catalogue, contentSchema(), isSafeHref)).to.have.length(300);
    const parsed = parseContent(input);
    const slow = contentSchema().Content.safeParse(input);
    expect(parsed.ok && slow.success).to.equal(true);
    // parseContent then typesets French texts, whichever path read the catalogue.
    if (parsed.ok && slow.success) expect(parsed.content).to.deep.equal(typesetContent(slow.data));
  });

  it('leaves a catalogue with one bad entry to zod, which says where', () => {
    const catalogue = generateCatalogue(50) as Record<string, unknown>[];
    catalogue[37] = { ...catalogue[37], level: 12 };
    const result = parseContent(catalogueInput(catalogue as never));
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).to.deep.equal(['catalogue[37].level']);
  });
});
