/**
 * Vue 3 typings: `<cqp-vae-guide>` and `<eligibility-check>` in templates type-checked by vue-tsc
 * (Volar), with their props and events. Opt in once:
 *   /// <reference types="cqp-vae-widgets/vue" />
 * Vue must also be told the tags are custom elements, at compile time:
 *   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'cqp-vae-guide' || tag === 'eligibility-check' } } })
 * Vue sets `:content` as a property (the element has one) and `@eligibility-complete` listens for the
 * event of that name.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { CqpVaeGuide } from '../elements/cqp-vae-guide/cqp-vae-guide.js';
import type { EligibilityCheck } from '../elements/eligibility-check/eligibility-check.js';
import type { EligibilityChangeDetail, EligibilityCompleteDetail } from '../elements/eligibility-check/events.js';
import type { ContentErrorDetail } from '../shared/content-element.js';

type EventMap = { [event: string]: Event };

/** The shape Vue's documentation recommends for a custom element in `GlobalComponents`. */
type VueCustomElement<El extends HTMLElement, Props, Events extends EventMap> = new () => El & {
  /** @deprecated For template type checking only. */
  $props: HTMLAttributes & Props & PublicProps;
  /** @deprecated For template type checking only. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';

interface ContentProps {
  content?: unknown;
  src?: string;
  'heading-level'?: HeadingLevel;
}

interface ContentEvents extends EventMap {
  'cqp-vae-content-error': CustomEvent<ContentErrorDetail>;
}

export type CqpVaeGuideVue = VueCustomElement<
  CqpVaeGuide,
  ContentProps & { layout?: 'tabs' | 'stacked'; route?: string },
  ContentEvents
>;

export type EligibilityCheckVue = VueCustomElement<
  EligibilityCheck,
  ContentProps & { persist?: '' | 'session' | 'local'; guide?: string },
  ContentEvents & {
    'eligibility-change': CustomEvent<EligibilityChangeDetail>;
    'eligibility-complete': CustomEvent<EligibilityCompleteDetail>;
  }
>;

declare module 'vue' {
  interface GlobalComponents {
    'cqp-vae-guide': CqpVaeGuideVue;
    'eligibility-check': EligibilityCheckVue;
  }
}
