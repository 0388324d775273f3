/**
 * Links and text from data (issue #13, items 12 and 13): a link is a web address
 * written out in full, with no user name or password, and is rendered as the URL the
 * browser parsed; bidirectional controls in data text cannot reorder the graphic's own
 * words around it.
 */
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { BIDI_CONTROLS, isolateBidi } from '../../src/data/bidi.js';
import { displayDataset } from '../fixtures/display-dataset.js';
import { safeUrl } from '../../src/data/urls.js';
import { validate, isSafeUrl } from '../../src/data/validate.js';
import { sample } from '../fixtures/sample.js';
import { captureErrors, mount, textOf } from '../helpers.js';
import { html } from 'lit';

describe('links from data', () => {
  const refused = [
    'https:evil.example',
    'https:/evil.example',
    'HTTPS:evil.example',
    'http:evil.example/path',
    'https://user:pass@example.org/',
    'https://user@example.org/',
    'https://:pass@example.org/',
    ' https://example.org/',
    'https://example.org/\n',
    'https://exa mple.org/',
    'https://example.org\\@evil.example/',
    'java\tscript:alert(1)',
    'https://',
  ];
  for (const url of refused) {
    it(`refuses ${JSON.stringify(url)}`, () => {
      expect(isSafeUrl(url)).to.equal(false);
      const data = sample();
      data.sources[0]!.url = url;
      const result = validate(data);
      expect(result.ok).to.equal(false);
      expect(result.problems[0]!.path).to.equal('sources[0].url');
    });
  }

  it('accepts full web addresses and keeps them as the browser parses them', () => {
    const data = sample();
    data.sources[0]!.url = 'HTTPS://Example.ORG/reports/../report%20one?x=1#p2';
    const result = validate(data);
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.value.sources[0]!.url).to.equal('https://example.org/report%20one?x=1#p2');
  });

  it('renders the normalised URL as the link, never the text it was written as', async () => {
    const data = sample();
    data.sources[0]!.url = 'HTTPS://Example.ORG/a/../b';
    const el = await mount(html`<case-timeline show-problems .data=${data}></case-timeline>`, 800);
    const hrefs = [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.include('https://example.org/b');
    expect(hrefs).to.not.include('HTTPS://Example.ORG/a/../b');
  });

  it('shows the error state for a link with credentials, naming the field', async () => {
    const data = sample();
    data.sources[0]!.url = 'https://trusted.example:secret@evil.example/';
    let el!: Element;
    const logs = await captureErrors(async () => {
      el = await mount(html`<case-timeline show-problems .data=${data}></case-timeline>`, 800);
    });
    expect(textOf(el.shadowRoot!.querySelector('[part~=error]'))).to.contain('sources[0].url');
    expect(logs.length).to.equal(1);
    expect(el.shadowRoot!.querySelector('a[href*="evil"]')).to.equal(null);
  });
});

describe('bidirectional text from data', () => {
  it('isolateBidi() leaves ordinary text alone, and isolates and balances text with controls', () => {
    expect(isolateBidi('Police Oracle')).to.equal('Police Oracle');
    expect(isolateBidi('שלום')).to.equal('שלום'); // right-to-left letters need no controls
    expect(isolateBidi('a\u202Eb')).to.equal('\u2068a\u202Eb\u202C\u2069');
    // A stray closer would end the isolate early: it is dropped.
    expect(isolateBidi('\u2069\u202Eb')).to.equal('\u2068\u202Eb\u202C\u2069');
    expect(isolateBidi('\u202Cx')).to.equal('\u2068x\u2069');
    // Balanced text keeps its own controls; a PDI closes the embeddings opened inside its isolate.
    expect(isolateBidi('\u2067a\u202Bb\u2069c')).to.equal('\u2068\u2067a\u202Bb\u202C\u2069c\u2069');
    expect(isolateBidi('\u200Fmark')).to.equal('\u2068\u200Fmark\u2069');
  });

  it('validate() isolates data text holding controls, and escapes them in its messages', () => {
    const data = sample();
    data.sources[0]!.publisher = 'Example\u202E News';
    const result = validate(data);
    expect(result.ok && result.value.sources[0]!.publisher).to.equal('\u2068Example\u202E News\u202C\u2069');
    const bad = sample();
    bad.events[0]!.date = '2014\u202E-06';
    expect(validate(bad).problems[0]!.message).to.equal(
      '"2014\\u202e-06" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)',
    );
  });

  it('a right-to-left override in a publisher’s name does not reverse the words after it', async () => {
    const data = sample();
    data.sources[0]!.publisher = 'Example\u202E News';
    const el = await mount(html`<case-timeline show-problems .data=${data}></case-timeline>`, 800);
    const line = el.shadowRoot!.querySelector('[part~=sources]')!;
    expect(textOf(line)).to.contain('An undated report');
    // Where the first and last letters of words after the name are drawn: left to right.
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const boxes: Record<string, [number, number]> = {};
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of ['An undated report', 'An example article']) {
        const at = node.textContent!.indexOf(word);
        if (at < 0) continue;
        const left = (offset: number) => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          return range.getBoundingClientRect().left;
        };
        boxes[word] = [left(at), left(at + word.length - 1)];
      }
    }
    expect(Object.keys(boxes).sort()).to.deep.equal(['An example article', 'An undated report']);
    for (const [word, [first, last]] of Object.entries(boxes))
      expect(first, `${word}: first letter left of the last`).to.be.lessThan(last);
  });
});

describe('the bundled data, drawn without the validator', () => {
  it('holds no bidirectional controls, and only links already in their normalised form', () => {
    const texts: string[] = [];
    const walk = (value: unknown): void => {
      if (typeof value === 'string') texts.push(value);
      else if (value && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk(displayDataset);
    expect(texts.length).to.be.greaterThan(500);
    expect(texts.filter((t) => BIDI_CONTROLS.test(t))).to.deep.equal([]);
    const urls = displayDataset.sources.flatMap((s) => (s.url ? [s.url] : []));
    expect(urls.length).to.be.greaterThan(10);
    expect(urls.filter((url) => safeUrl(url) !== url)).to.deep.equal([]);
  });
});
