/** Shared test helpers: fixtures sized by the test (never by the runner's window), axe, errors. */
import { fixture, html } from '@open-wc/testing';
// axe-core is a UMD script: importing it sets window.axe.
import 'axe-core';
import type AxeCore from 'axe-core';
import type { LitElement } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';

/** Mounts `template` inside a container of a fixed width and waits for it to render. */
export async function mount<T extends Element = LitElement>(template: unknown, width = 800): Promise<T> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">${template}</div>`);
  const element = wrapper.firstElementChild as T;
  await settle(element);
  return element;
}

/** Waits for every Lit element in and below `root` to finish updating, across a frame. */
export async function settle(root: Element): Promise<void> {
  const lit = [root, ...root.querySelectorAll('*')].filter((el): el is LitElement => 'updateComplete' in el);
  await Promise.all(lit.map((el) => el.updateComplete));
  // ResizeObserver callbacks land in the next frame; let any relayout finish.
  await nextFrame();
  await Promise.all(lit.map((el) => el.updateComplete));
}

/** axe-core violations for the element (its shadow root included), as readable lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const axe = (globalThis as unknown as { axe: typeof AxeCore }).axe;
  const results = await axe.run(element, { resultTypes: ['violations'] });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/** Collects console.error calls made while `run` executes. */
export async function captureErrors(run: () => Promise<void> | void): Promise<string[]> {
  const original = console.error;
  const seen: string[] = [];
  console.error = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.error = original;
  }
  return seen;
}

/** The text a reader sees, whitespace folded. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Waits until `condition()` holds, checking every few milliseconds: for work a test cannot
 * await directly, such as a fetch started by `src`. No time limit of its own, because the
 * work is bounded and a busy machine may be slow; a real hang ends at the runner's limit
 * for the file (web-test-runner.config.mjs).
 */
export async function until(condition: () => unknown): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

/**
 * A lazily loaded chunk's `load` (a `*Source.load` test seam) held as on a slow network: it
 * counts its calls, and each call settles with `real()` once the test calls `release()`.
 */
export function heldLoads<T>(real: () => Promise<T>): { load: () => Promise<T>; release: () => void; loads: number } {
  const waiting: (() => void)[] = [];
  const held = {
    loads: 0,
    load: () => {
      held.loads++;
      return new Promise<T>((resolve) => waiting.push(() => resolve(real())));
    },
    release: () => waiting.splice(0).forEach((go) => go()),
  };
  return held;
}

export async function nextFrame(): Promise<void> {
  await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
}

/**
 * A readable, stable text form of an SVG for snapshot files: one element per line,
 * indented, attributes sorted, numbers rounded to 0.1, Lit's comment markers dropped.
 * open-wc's DOM diff ignores SVG content, so charts are compared through this.
 */
export function serializeSvg(svg: Element): string {
  const lines: string[] = [];
  const round = (value: string) => value.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10));
  const walk = (node: Element, depth: number) => {
    const attrs = [...node.attributes]
      .filter((a) => !a.name.startsWith('@') && a.name !== 'style')
      .map((a) => `${a.name}="${round(a.value)}"`)
      .sort();
    const text = [...node.childNodes]
      .filter((n) => n.nodeType === Node.TEXT_NODE)
      .map((n) => n.textContent!.replace(/\s+/g, ' ').trim())
      .join('');
    lines.push(`${'  '.repeat(depth)}<${node.localName}${attrs.length ? ' ' + attrs.join(' ') : ''}>${text}`);
    for (const child of node.children) walk(child, depth + 1);
  };
  walk(svg, 0);
  return lines.join('\n') + '\n';
}

/**
 * Emulates CSS media features in the test browser through the DevTools protocol
 * (test/plugins/emulate-media.mjs): `{ 'forced-colors': 'active', 'prefers-color-scheme':
 * 'dark' }`, and a media type (`print`). Each call replaces the last; call with nothing
 * to go back to the browser's own.
 */
export async function emulateMediaFeatures(features: Record<string, string> = {}, media = ''): Promise<void> {
  await executeServerCommand('pcv-emulate-media', { features, media });
}

/**
 * WCAG 1.4.12's text-spacing overrides (the W3C's test bookmarklet): line height 1.5,
 * paragraphs 2 em apart, letters 0.12 em, words 0.16 em. Added to a shadow root, since a
 * page's own stylesheet does not reach inside one.
 */
export const TEXT_SPACING_CSS = `*, *::before, *::after { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }`;

export function applyTextSpacing(root: ShadowRoot): () => void {
  const style = document.createElement('style');
  style.textContent = TEXT_SPACING_CSS;
  root.append(style);
  return () => style.remove();
}

/**
 * Text that runs outside its box, as "element: text" lines: for each visible block-level
 * element (a button, a cell, a paragraph, a label), the text laid out in it must lie
 * inside its border box, and a box that clips (overflow hidden or clip) must not hide
 * any of its content. Scrolling regions may be larger than their box: the reader scrolls.
 * Visually hidden text (1 px, clipped) is left out: it is for screen readers.
 */
export function textOutsideBoxes(root: ShadowRoot | Element): string[] {
  const found: string[] = [];
  const scope = root instanceof ShadowRoot ? root : root;
  const inlineLike = (el: Element) => {
    const display = getComputedStyle(el).display;
    return display === 'inline' || display === 'contents';
  };
  const hiddenForEyes = (el: Element) => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.clipPath === 'inset(50%)' || style.display === 'none' || style.visibility === 'hidden') return true;
    }
    return false;
  };
  for (const el of scope.querySelectorAll('*')) {
    if (el instanceof SVGElement || inlineLike(el) || hiddenForEyes(el)) continue;
    if (el.getClientRects().length === 0) continue;
    const box = el.getBoundingClientRect();
    const style = getComputedStyle(el);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
    if (clips && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1))
      found.push(`${describe(el)} clips its content`);
    // Its own text: text nodes whose nearest block-level ancestor is this element.
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.trim()) continue;
      let owner = node.parentElement!;
      while (owner !== el && inlineLike(owner)) owner = owner.parentElement!;
      if (owner !== el || hiddenForEyes(node.parentElement!)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects()) {
        if (r.width === 0) continue;
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          found.push(`${describe(el)}: "${node.textContent.trim().slice(0, 40)}"`);
          break;
        }
      }
    }
  }
  return found;
}

function describe(el: Element): string {
  const part = el.getAttribute('part');
  return `<${el.localName}${part ? ` part="${part}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}>`;
}

/** Whether the element's box is wholly inside the window's viewport. */
export function inViewport(node: Element): boolean {
  const box = node.getBoundingClientRect();
  return box.height > 0 && box.top >= 0 && box.bottom <= innerHeight && box.left >= 0 && box.right <= innerWidth;
}

/** Every non-empty text the element's live region (#announcement) is given while it is watched. */
export function watchAnnouncements(el: Element): { said: string[]; stop: () => void } {
  const region = el.shadowRoot!.querySelector('#announcement')!;
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    if (region.textContent) said.push(region.textContent);
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}
