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
