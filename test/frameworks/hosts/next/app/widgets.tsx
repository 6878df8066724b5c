'use client';
// Both widgets through `cqp-vae-widgets/react`: the page is rendered on the server, then hydrated;
// `content` and `onEligibilityComplete` must still be the page's after hydration.
import { useState } from 'react';
import { CqpVaeGuide, EligibilityCheck, type EligibilityCompleteDetail } from 'cqp-vae-widgets/react';

declare global {
  interface Window {
    __received?: { complete: EligibilityCompleteDetail[]; change: number };
  }
}

export function Widgets({ content }: { content: unknown }) {
  const [results, setResults] = useState<string[]>([]);
  const [changes, setChanges] = useState(0);
  const received = () => (window.__received ??= { complete: [], change: 0 });
  return (
    <>
      <p id="changes">{changes} réponse(s)</p>
      <CqpVaeGuide id="guide" content={content} layout="stacked" headingLevel={2} />
      <EligibilityCheck
        guide="guide"
        content={content}
        onEligibilityChange={() => {
          received().change += 1;
          setChanges((n) => n + 1);
        }}
        onEligibilityComplete={(event) => {
          received().complete.push(event.detail);
          setResults(event.detail.verdicts.map((v) => `${v.outcome}:${v.verdict}`));
        }}
      />
      <output id="received">{results.join(' ')}</output>
    </>
  );
}
