'use client';
/**
 * `cqp-vae-widgets/react`: both elements as React components (lit's own `@lit/react` wrappers), for
 * React 18 and 19, Next.js and any React framework that renders on a server.
 *
 *   import { CqpVaeGuide, EligibilityCheck } from 'cqp-vae-widgets/react';
 *   <EligibilityCheck content={content} guide="guide" onEligibilityComplete={(e) => e.detail.verdicts} />
 *
 * Why wrappers rather than the bare tags: React 19 sets a prop of a custom element as a property only
 * when the element is already defined at render time, and attaches `on…` listeners the same way. After
 * server rendering, hydration meets the tags before they are defined, so `content` is dropped (the
 * element silently shows its built-in content) and the handler never runs (facebook/react#35446).
 * The wrappers set the properties and add the listeners on the element itself once it exists, on the
 * server and in the browser alike, with typed props and camel-case `onEligibilityComplete`.
 *
 * `'use client'` above lets a Next.js Server Component render them directly. Importing this module
 * defines both tags (it imports the unbundled entry, so lit is the application's own copy).
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { CqpVaeGuide as GuideElement } from './elements/cqp-vae-guide/cqp-vae-guide.js';
import { EligibilityCheck as CheckElement } from './elements/eligibility-check/eligibility-check.js';
import type { EligibilityChangeDetail, EligibilityCompleteDetail } from './elements/eligibility-check/events.js';
import type { ContentErrorDetail } from './shared/content-element.js';
import './define.js';

const contentError = 'cqp-vae-content-error' as EventName<CustomEvent<ContentErrorDetail>>;

/** `<cqp-vae-guide>`: props `content`, `src`, `layout`, `route`, `headingLevel`; `onContentError`. */
export const CqpVaeGuide = createComponent({
  react: React,
  tagName: 'cqp-vae-guide',
  elementClass: GuideElement,
  events: { onContentError: contentError },
  displayName: 'CqpVaeGuide',
});

/**
 * `<eligibility-check>`: props `content`, `src`, `guide`, `persist`, `headingLevel`;
 * `onEligibilityComplete`, `onEligibilityChange`, `onContentError`.
 */
export const EligibilityCheck = createComponent({
  react: React,
  tagName: 'eligibility-check',
  elementClass: CheckElement,
  events: {
    onEligibilityComplete: 'eligibility-complete' as EventName<CustomEvent<EligibilityCompleteDetail>>,
    onEligibilityChange: 'eligibility-change' as EventName<CustomEvent<EligibilityChangeDetail>>,
    onContentError: contentError,
  },
  displayName: 'EligibilityCheck',
});

export type { EligibilityChangeDetail, EligibilityCompleteDetail, ContentErrorDetail };
// Importing this module's types also brings the JSX typings of the bare tags (types/react.d.ts).
export type { CqpVaeGuideProps, EligibilityCheckProps } from './types/react.js';
