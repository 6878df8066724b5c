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

/** `eligibility-complete` → `onEligibilityComplete`: the prop vue-tsc reads for `@eligibility-complete`. */
type CamelCase<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<CamelCase<T>>}` : S;
type HandlerProps<Events> = {
  [K in keyof Events & string as `on${Capitalize<CamelCase<K>>}`]?: (event: Events[K]) => void;
};

/**
 * The shape Vue's documentation recommends for a custom element in `GlobalComponents`, plus one
 * `on…` prop per event: vue-tsc types a listener from the component's props (`@eligibility-complete`
 * reads `onEligibilityComplete`), so without them `(e) => …` is an implicit any. The events have no
 * index signature, so that an unknown field of `e.detail` is an error.
 */
type VueCustomElement<El extends HTMLElement, Props, Events> = new () => El & {
  /** @deprecated For template type checking only. */
  $props: HTMLAttributes & Props & HandlerProps<Events> & PublicProps;
  /** @deprecated For template type checking only. */
  $emit: EmitFn<{ [K in keyof Events]: (event: Events[K]) => void }>;
};

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6 | '1' | '2' | '3' | '4' | '5' | '6';

interface ContentProps {
  content?: unknown;
  src?: string;
  'heading-level'?: HeadingLevel;
}

interface ContentEvents {
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
