/**
 * JSX typings for the bare tags in React 19: `<cqp-vae-guide>` and `<eligibility-check>` in `.tsx`
 * files, with their attributes, properties and events checked and completed. (The components of
 * `cqp-vae-widgets/react`, src/react.ts, are what an application that renders on a server needs.)
 *
 * Opt in once, e.g. in a `.d.ts` file of the application or at the top of its entry:
 *   /// <reference types="cqp-vae-widgets/react" />
 *   (or: import type {} from 'cqp-vae-widgets/react';)
 *
 * React 19 sets a prop as a property when the element has one (`content`, `src`, `layout`…), else as
 * an attribute (`heading-level`). A prop named `on` + the event's exact name (`oneligibility-complete`,
 * lowercase, with its dash) adds an event listener: React 19 does not change the case of custom event
 * names, so `onEligibilityComplete` would listen for an event that is never fired.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CqpVaeGuide, GuideLayout } from '../elements/cqp-vae-guide/cqp-vae-guide.js';
import type { EligibilityCheck } from '../elements/eligibility-check/eligibility-check.js';
import type { EligibilityChangeDetail, EligibilityCompleteDetail } from '../elements/eligibility-check/events.js';
import type { ContentErrorDetail } from '../shared/content-element.js';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';

/** What both elements accept. */
interface ContentProps {
  /** The content document as an object or JSON text (set as a property). */
  content?: unknown;
  /** URL of a JSON content document. */
  src?: string;
  /** Level of the element's title, 1 to 6 (default 2). */
  'heading-level'?: HeadingLevel;
  /** Fired when the content cannot be used (invalid, unreachable, too slow). */
  'oncqp-vae-content-error'?: (event: CustomEvent<ContentErrorDetail>) => void;
}

export interface CqpVaeGuideProps extends ContentProps {
  /** `tabs` (default) or `stacked`. */
  layout?: GuideLayout;
  /** Id of the only route to show (e.g. `cqp` or `vae`). */
  route?: string;
}

export interface EligibilityCheckProps extends ContentProps {
  /** Keep progress across a reload: `session` (or empty) in sessionStorage, `local` in localStorage. */
  persist?: '' | 'session' | 'local';
  /** Id of the `<cqp-vae-guide>` the result links to. */
  guide?: string;
  /** The person changed an answer. */
  'oneligibility-change'?: (event: CustomEvent<EligibilityChangeDetail>) => void;
  /** The result is shown. */
  'oneligibility-complete'?: (event: CustomEvent<EligibilityCompleteDetail>) => void;
}

/** React's own props (key, ref, id, className, style, children, onClick…) with the element's. */
type Jsx<El extends HTMLElement, Props> = Omit<DetailedHTMLProps<HTMLAttributes<El>, El>, keyof Props> & Props;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cqp-vae-guide': Jsx<CqpVaeGuide, CqpVaeGuideProps>;
      'eligibility-check': Jsx<EligibilityCheck, EligibilityCheckProps>;
    }
  }
}
