import { css, type CSSResult } from 'lit';

/**
 * Theme tokens. Public `--pcv-*` properties are only read here, never declared, so a
 * page can theme from :root, a section or the element; each is resolved once into a
 * private `--_*` property that the rest of the styles use (Material Web's pattern).
 *
 * Light unless asked: a news site that is light only must never show a black box
 * because the reader's phone is in dark mode. Dark needs `theme="dark"`, or
 * `theme="auto"` (the page opts in to the reader's system setting), on the element or
 * an ancestor; FigureElement resolves it into `data-pcv-theme` because :host-context()
 * is not in every browser.
 *
 * Two backgrounds: `--_surface` is the palette's opaque paper, which the elements use
 * behind labels, popovers and hollow marks, so their contrast (checked by axe) holds;
 * `--_backdrop` is what the element paints. With no theme set it is transparent and the
 * page's own background shows, as a graphic inside a story should; with a theme set it
 * paints the surface, with inner padding (`--_inset`) so nothing touches its edge.
 */
const light = css`
  --_surface: var(--pcv-surface, #ffffff);
  --_ink: var(--pcv-ink, #1b1b1b);
  --_muted: var(--pcv-muted, #555555);
  --_rule: var(--pcv-rule, #8a8a8a);
  --_faint: var(--pcv-faint, #ececec);
  --_focus: var(--pcv-focus, #0a58ca);
  --_link: var(--pcv-link, #0b57a4);
  --_good: var(--pcv-color-good, #1d6b35);
  --_bad: var(--pcv-color-bad, #b3261e);
  color-scheme: light;
`;

const dark = css`
  --_surface: var(--pcv-surface, #151515);
  --_ink: var(--pcv-ink, #f0f0f0);
  --_muted: var(--pcv-muted, #b8b8b8);
  --_rule: var(--pcv-rule, #8c8c8c);
  --_faint: var(--pcv-faint, #2c2c2c);
  --_focus: var(--pcv-focus, #8ab4ff);
  --_link: var(--pcv-link, #8ab4ff);
  --_good: var(--pcv-color-good, #7bd88f);
  --_bad: var(--pcv-color-bad, #ff8a80);
  color-scheme: dark;
`;

/**
 * Forced colours (Windows contrast themes): every token becomes a system colour. The
 * rule must beat every theme rule above, whatever the theme or the reader's dark
 * setting (a dark contrast theme also reports prefers-color-scheme: dark), so it comes
 * last and its selector list repeats each theme selector: equal specificity, later wins.
 */
const forced = css`
  --_surface: Canvas;
  --_backdrop: Canvas;
  --_ink: CanvasText;
  --_muted: CanvasText;
  --_rule: CanvasText;
  --_faint: Canvas;
  --_focus: Highlight;
  --_link: LinkText;
  --_good: CanvasText;
  --_bad: CanvasText;
  color-scheme: light dark;
`;

/**
 * Rules giving a set of tokens by theme: `light` on the host, `dark` where a dark theme is set
 * (or `auto` and the reader's setting is dark), `forced` in forced colours, which beats every
 * theme rule: it comes last and its selector list repeats each theme selector (equal
 * specificity, later wins). The shared tokens below, and a graphic's own (the timeline's
 * category colours), each read once from their public properties.
 */
export const themedTokens = (tokens: { light: CSSResult; dark: CSSResult; forced: CSSResult }) => css`
  :host {
    ${tokens.light}
  }
  :host([data-pcv-theme='dark']) {
    ${tokens.dark}
  }
  @media (prefers-color-scheme: dark) {
    :host([data-pcv-theme='auto']) {
      ${tokens.dark}
    }
  }
  @media (forced-colors: active) {
    :host,
    :host([data-pcv-theme]),
    :host([data-pcv-theme='dark']),
    :host([data-pcv-theme='auto']) {
      ${tokens.forced}
    }
  }
`;

/** The shared tokens by theme; after themeStyles, whose themed :host rule they must follow. */
export const themeTokens = themedTokens({ light, dark, forced });

export const themeStyles = css`
  :host {
    --_backdrop: transparent;
    --_inset: var(--pcv-padding, 0);
    display: block;
    box-sizing: border-box;
    color: var(--_ink);
    background: var(--_backdrop);
    /* On the host, not the frame: the element's content box is then the graphic's width,
       which is what the size controller measures and the layouts are drawn at. */
    padding: var(--_inset);
    font-family: var(--pcv-font-family, inherit);
    font-size: var(--pcv-font-size, 1rem);
    line-height: 1.45;
    text-align: start;
    contain: layout;
  }
  /* A theme set on the element or an ancestor: an opaque surface, with inner padding. */
  :host([data-pcv-theme]) {
    --_backdrop: var(--_surface);
    --_inset: var(--pcv-padding, 1rem);
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
`;

/** What `theme` may say: `light` and `dark` fix the palette; `auto` follows the reader's system. */
export type ThemeName = 'light' | 'dark' | 'auto';

const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/**
 * The theme set on the element or its nearest ancestor with a `theme` attribute, if any.
 * An unknown value (`theme="blue"`) sets none, so the light default holds.
 */
export function resolveTheme(element: Element): ThemeName | null {
  const value = element.closest('[theme]')?.getAttribute('theme')?.trim().toLowerCase();
  return value !== undefined && THEMES.includes(value) ? (value as ThemeName) : null;
}
