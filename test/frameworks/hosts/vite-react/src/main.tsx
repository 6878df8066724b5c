// A Vite + React 19 application: both widgets through `cqp-vae-widgets/react` (typed props,
// camel-case events), the content imported as JSON, and lit used by the application itself (the
// footer), so that the bundle must share one copy of lit with the widgets. `tsc` checks this file.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { html, render } from 'lit';
import { CqpVaeGuide, EligibilityCheck, type EligibilityCompleteDetail } from 'cqp-vae-widgets/react';
import content from '../../content.json';

declare global {
  interface Window {
    __received: { complete: EligibilityCompleteDetail[]; change: number };
  }
}
window.__received = { complete: [], change: 0 };

function App() {
  const [results, setResults] = useState<string[]>([]);
  const [changes, setChanges] = useState(0);
  return (
    <main>
      <h1>Application Vite + React</h1>
      <p id="changes">{changes} réponse(s)</p>
      <CqpVaeGuide id="guide" content={content} layout="stacked" headingLevel={2} />
      <EligibilityCheck
        guide="guide"
        content={content}
        onEligibilityChange={() => {
          window.__received.change += 1;
          setChanges((n) => n + 1);
        }}
        onEligibilityComplete={(event) => {
          // Typed: the detail's verdicts are 'eligible' | 'not-eligible' | 'to-check'.
          const verdicts: Array<'eligible' | 'not-eligible' | 'to-check'> = event.detail.verdicts.map((v) => v.verdict);
          window.__received.complete.push(event.detail);
          setResults(event.detail.verdicts.map((v, i) => `${v.outcome}:${verdicts[i]}`));
        }}
      />
      <output id="received">{results.join(' ')}</output>
    </main>
  );
}

// Type errors a developer must get (tsc fails if any of these compiles).
export const wrong = [
  // @ts-expect-error not a layout
  <CqpVaeGuide layout="grid" />,
  // @ts-expect-error the detail has no `score`
  <EligibilityCheck onEligibilityComplete={(event) => event.detail.score} />,
  // @ts-expect-error `guide` belongs to <eligibility-check>
  <CqpVaeGuide guide="guide" />,
];

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
render(html`<small>Pied de page rendu par lit</small>`, document.getElementById('footer')!);
