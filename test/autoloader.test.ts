import { expect } from '@open-wc/testing';
import '../src/autoloader.js';

// Nothing else imports an element here: only the autoloader can define them.
describe('autoloader', () => {
  it('defines nothing until a tag appears', () => {
    expect(customElements.get('officer-outcomes')).to.equal(undefined);
    expect(customElements.get('recommendation-status')).to.equal(undefined);
  });

  it("loads an element's module when its tag is added to the page, also deep in a subtree", async () => {
    const section = document.createElement('section');
    section.innerHTML = '<div><officer-outcomes loading="eager"></officer-outcomes></div>';
    document.body.append(section);
    await customElements.whenDefined('officer-outcomes');
    const el = section.querySelector('officer-outcomes')!;
    await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part=figure]')).to.not.equal(null);
    expect(customElements.get('recommendation-status')).to.equal(undefined, 'only the tags that appear');
    section.remove();
  });

  it('discover() finds tags inside a shadow root', async () => {
    const { discover } = await import('../src/autoloader.js');
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<recommendation-status></recommendation-status>';
    document.body.append(host);
    discover(root);
    await customElements.whenDefined('recommendation-status');
    host.remove();
  });
});
