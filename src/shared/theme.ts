import { css } from 'lit';

/**
 * Theme tokens. Public `--pcv-*` properties are only read here, never declared, so a
 * page can theme from :root, a section or the element; each is resolved once into a
 * private `--_*` property that the rest of the styles use (Material Web's pattern).
 *
 * The surface is painted (not transparent) so that the palette's contrast, checked
 * by axe in the tests, holds on any page. Light and dark follow prefers-color-scheme
 * unless `theme="light|dark"` is on the element or an ancestor (resolved in JS into
 * `data-pcv-theme`, because :host-context() is not in every browser).
 */
const light = css`
  --_surface: var(--pcv-surface, #ffffff);
  --_ink: var(--pcv-ink, #1b1b1b);
  --_muted: var(--pcv-muted, #555555);
  --_rule: var(--pcv-rule, #8a8a8a);
  --_faint: var(--pcv-faint, #ececec);
  --_focus: var(--pcv-focus, #0a58ca);
  --_link: var(--pcv-link, #0b57a4);
  --_accent: var(--pcv-accent, #a3122a);
  --_cat-death: var(--pcv-color-death, #1b1b1b);
  --_cat-police-failure: var(--pcv-color-police-failure, #b3261e);
  --_cat-family: var(--pcv-color-family, #1f5f8b);
  --_cat-justice: var(--pcv-color-justice, #4a4f9e);
  --_cat-watchdog: var(--pcv-color-watchdog, #8a5300);
  --_cat-inquest: var(--pcv-color-inquest, #0f6b5c);
  --_cat-inspection: var(--pcv-color-inspection, #6b3fa0);
  --_cat-response: var(--pcv-color-response, #3c5a14);
  --_good: var(--pcv-color-good, #1d6b35);
  --_warn: var(--pcv-color-warn, #8a5300);
  --_bad: var(--pcv-color-bad, #b3261e);
  --_unknown: var(--pcv-color-unknown, #6b6b6b);
`;

const dark = css`
  --_surface: var(--pcv-surface, #151515);
  --_ink: var(--pcv-ink, #f0f0f0);
  --_muted: var(--pcv-muted, #b8b8b8);
  --_rule: var(--pcv-rule, #8c8c8c);
  --_faint: var(--pcv-faint, #2c2c2c);
  --_focus: var(--pcv-focus, #8ab4ff);
  --_link: var(--pcv-link, #8ab4ff);
  --_accent: var(--pcv-accent, #ff8a8a);
  --_cat-death: var(--pcv-color-death, #f0f0f0);
  --_cat-police-failure: var(--pcv-color-police-failure, #ff8a80);
  --_cat-family: var(--pcv-color-family, #7cc4f0);
  --_cat-justice: var(--pcv-color-justice, #a9b0ff);
  --_cat-watchdog: var(--pcv-color-watchdog, #f0b65a);
  --_cat-inquest: var(--pcv-color-inquest, #5fd3bd);
  --_cat-inspection: var(--pcv-color-inspection, #cfa6ff);
  --_cat-response: var(--pcv-color-response, #a8d46a);
  --_good: var(--pcv-color-good, #7bd88f);
  --_warn: var(--pcv-color-warn, #f0b65a);
  --_bad: var(--pcv-color-bad, #ff8a80);
  --_unknown: var(--pcv-color-unknown, #a8a8a8);
`;

export const themeStyles = css`
  :host {
    ${light}
    display: block;
    box-sizing: border-box;
    color: var(--_ink);
    background: var(--_surface);
    font-family: var(--pcv-font-family, inherit);
    font-size: var(--pcv-font-size, 1rem);
    line-height: 1.45;
    text-align: start;
    contain: layout;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([data-pcv-theme='light'])) {
      ${dark}
    }
  }
  :host([data-pcv-theme='dark']) {
    ${dark}
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  @media (forced-colors: active) {
    :host {
      --_surface: Canvas;
      --_ink: CanvasText;
      --_muted: CanvasText;
      --_rule: CanvasText;
      --_faint: Canvas;
      --_focus: Highlight;
      --_link: LinkText;
      --_accent: CanvasText;
      --_cat-death: CanvasText;
      --_cat-police-failure: CanvasText;
      --_cat-family: CanvasText;
      --_cat-justice: CanvasText;
      --_cat-watchdog: CanvasText;
      --_cat-inquest: CanvasText;
      --_cat-inspection: CanvasText;
      --_cat-response: CanvasText;
      --_good: CanvasText;
      --_warn: CanvasText;
      --_bad: CanvasText;
      --_unknown: CanvasText;
    }
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

export type ThemeName = 'light' | 'dark';

/** The theme set on the element or its nearest ancestor with a `theme` attribute, if any. */
export function resolveTheme(element: Element): ThemeName | null {
  const value = element.closest('[theme]')?.getAttribute('theme');
  return value === 'light' || value === 'dark' ? value : null;
}
