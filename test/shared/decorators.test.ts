import { expect, fixture, html as testHtml } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import { property, state } from '../../src/shared/decorators.js';

/** The project's own `@property()` and `@state()` (src/shared/decorators.ts), as Lit's own behave on fields. */
class DecoratedProbe extends LitElement {
  @property({ attribute: 'step-count', type: Number, reflect: true }) stepCount = 2;
  @property() label: string | null = null;
  @property({ type: Boolean }) open = false;
  @property({ attribute: false }) data: unknown = undefined;
  @state() private pressed = 0;
  renders = 0;

  press(): void {
    this.pressed++;
  }

  protected override render() {
    this.renders++;
    return html`<p>${this.label ?? ''}|${this.stepCount}|${this.open}|${this.pressed}</p>`;
  }
}
customElements.define('pcv-decorated-probe', DecoratedProbe);

const text = (el: DecoratedProbe) => el.shadowRoot!.querySelector('p')!.textContent;

describe('decorators.ts: @property and @state', () => {
  it('reads attributes by name and type, reflects what asks to, and renders on change', async () => {
    const el = await fixture<DecoratedProbe>(
      testHtml`<pcv-decorated-probe step-count="5" label="Events" open></pcv-decorated-probe>`,
    );
    expect(el.stepCount).to.equal(5);
    expect(text(el)).to.equal('Events|5|true|0');
    el.stepCount = 7;
    el.removeAttribute('open');
    await el.updateComplete;
    expect(el.getAttribute('step-count')).to.equal('7');
    expect(el.open).to.equal(false);
    expect(text(el)).to.equal('Events|7|false|0');
  });

  it('a field initialiser is the default; `attribute: false` and state have no attribute', async () => {
    const el = await fixture<DecoratedProbe>(
      testHtml`<pcv-decorated-probe data="x" pressed="3"></pcv-decorated-probe>`,
    );
    expect(el.stepCount).to.equal(2);
    expect(el.data).to.equal(undefined);
    expect(text(el)).to.equal('|2|false|0');
    expect((DecoratedProbe as unknown as { observedAttributes: string[] }).observedAttributes).to.have.members([
      'step-count',
      'label',
      'open',
    ]);
  });

  it('state renders again when it changes, without reflecting', async () => {
    const el = await fixture<DecoratedProbe>(testHtml`<pcv-decorated-probe></pcv-decorated-probe>`);
    const before = el.renders;
    el.press();
    await el.updateComplete;
    expect(el.renders).to.equal(before + 1);
    expect(text(el)).to.equal('|2|false|1');
    expect(el.hasAttribute('pressed')).to.equal(false);
  });
});
