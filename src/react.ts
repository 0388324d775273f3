/**
 * `port-case-viz/react`: the three elements in React 19's JSX types.
 *
 * `import 'port-case-viz/react'` registers the three elements (it is the package root at
 * run time) and lets TSX use their tags with typed properties, `ref` and events. To
 * register one element only, import it and bring in just these types:
 *
 *     import 'port-case-viz/officer-outcomes';
 *     import type {} from 'port-case-viz/react';
 *
 * React 19 sets a prop as a property when the element has one of that name (so `data`
 * can be an object and `headingLevel` a number), and listens for an element's event
 * through `on` + the event's name: `onpcv-officer-select` for `pcv-officer-select`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { CaseTimeline, CaseTimelineSelectEvent } from './case-timeline/case-timeline.js';
import type { OfficerOutcomes, OfficerSelectEvent } from './officer-outcomes/officer-outcomes.js';
import type { RecommendationFilterEvent, RecommendationStatus } from './recommendation-status/recommendation-status.js';

export * from './index.js';

/** The properties every element has (FigureElement's). */
type FigureProperty =
  | 'data'
  | 'src'
  | 'headingLevel'
  | 'heading'
  | 'dek'
  | 'hideTitle'
  | 'showSummary'
  | 'hideSummary'
  | 'showProblems'
  | 'theme'
  | 'loading';

/**
 * An element's JSX props: React's own for an HTML element of that class (`id`,
 * `className`, `style`, `children`, `ref`…), the element's settable properties, and its
 * event handlers.
 */
type ElementProps<E extends HTMLElement, Property extends keyof E, Events> = Omit<
  DetailedHTMLProps<HTMLAttributes<E>, E>,
  Property
> &
  Partial<Pick<E, Property>> &
  Events;

export type CaseTimelineProps = ElementProps<
  CaseTimeline,
  FigureProperty | 'categories' | 'from' | 'to' | 'highlight' | 'layout' | 'noFilter' | 'deepLink',
  { 'onpcv-timeline-select'?: (event: CaseTimelineSelectEvent) => void }
>;

export type OfficerOutcomesProps = ElementProps<
  OfficerOutcomes,
  FigureProperty,
  { 'onpcv-officer-select'?: (event: OfficerSelectEvent) => void }
>;

export type RecommendationStatusProps = ElementProps<
  RecommendationStatus,
  FigureProperty | 'filterBody' | 'filterTheme' | 'filterStatus' | 'search',
  { 'onpcv-filter'?: (event: RecommendationFilterEvent) => void }
>;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types are a namespace
  namespace JSX {
    interface IntrinsicElements {
      'case-timeline': CaseTimelineProps;
      'officer-outcomes': OfficerOutcomesProps;
      'recommendation-status': RecommendationStatusProps;
    }
  }
}
