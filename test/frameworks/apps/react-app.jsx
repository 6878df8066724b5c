// A React 19 application hosting both widgets, with no wrapper: React 19 sets `content` as a property
// (the element has one) and `oneligibility-complete` adds a listener for `eligibility-complete`
// (the prop is `on` + the event's exact name). Bundled by esbuild in test/frameworks/hosts.test.mjs.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// The unbundled entry: an application that bundles its own dependencies keeps one copy of lit.
import 'cqp-vae-widgets/unbundled';

const content = window.__hostContent;
window.__received = { complete: [], change: 0, renders: 0 };

function App() {
  const [results, setResults] = useState([]);
  const [changes, setChanges] = useState(0);
  window.__received.renders += 1;
  return (
    <main>
      <h1>Application React</h1>
      <p id="changes">{changes} réponse(s)</p>
      <cqp-vae-guide id="guide" content={content} layout="stacked" heading-level={2}></cqp-vae-guide>
      <eligibility-check
        guide="guide"
        content={content}
        heading-level="2"
        oneligibility-change={() => {
          window.__received.change += 1;
          setChanges((n) => n + 1);
        }}
        oneligibility-complete={(event) => {
          window.__received.complete.push(event.detail);
          setResults((list) => [...list, event.detail]);
        }}
      ></eligibility-check>
      <output id="received">{results.map((r) => r.verdicts.map((v) => `${v.outcome}:${v.verdict}`).join(' ')).join(' | ')}</output>
    </main>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
