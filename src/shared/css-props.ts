import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM (`style.setProperty`), never through a `style`
 * attribute. Lit's styleMap writes the attribute on first render, which a strict
 * Content-Security-Policy (`style-src 'self'`, no 'unsafe-inline') blocks; CSSOM writes
 * are allowed. Use as `<div ${cssProps({ '--_gutter': '12px', left: '4px' })}>`.
 */
class CssProps extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps() belongs on an element, not in an attribute');
  }

  render(_props: Record<string, string>): typeof noChange {
    return noChange;
  }

  private previous = new Set<string>();

  override update(part: ElementPart, [props]: [Record<string, string>]): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) if (!(name in props)) style.removeProperty(name);
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    this.previous = new Set(Object.keys(props));
    return noChange;
  }
}

export const cssProps = directive(CssProps);
