import { expect } from '@open-wc/testing';
import { deskSnippets, scriptSafeJson, viewData } from '../../demo/desk/embed-code.js';
import { validate } from '../../src/data/validate.js';
import { sample } from '../fixtures/sample.js';

describe('embed code for the changed data', () => {
  it('viewData keeps the graphic’s sections and only the sources they cite, and stays valid for it', () => {
    const data = sample();
    data.events = data.events.slice(0, 2); // these cite only src-a
    const part = viewData(data, 'case-timeline');
    expect(Object.keys(part)).to.deep.equal(['sources', 'events']);
    expect(part.sources!.map((s) => s.id)).to.deep.equal(['src-a']);
    expect(validate(part, ['events']).ok).to.equal(true);
  });

  it('scriptSafeJson writes every < as \\u003c, so a quote cannot close the script tag, and parses back the same', () => {
    const value = { quote: '</script><script>alert(1)</script>' };
    const text = scriptSafeJson(value);
    expect(text).not.to.include('<');
    expect(JSON.parse(text)).to.deep.equal(value);
  });

  it('deskSnippets puts the data inline, reads the published file with src, and escapes the address', () => {
    const data = sample();
    data.events[0]!.title = 'A title with </script> in it';
    const snippets = deskSnippets(
      'case-timeline',
      data,
      'https://graphics.example/pcv/',
      'https://x.example/a.json?b="c"',
    );
    const inline = /<script type="application\/json">(.*)<\/script>/.exec(snippets.inline)!;
    expect(JSON.parse(inline[1]!).events[0].title).to.equal('A title with </script> in it');
    expect(
      snippets.inline.startsWith(
        '<script type="module" src="https://graphics.example/pcv/case-timeline.js"></script>\n<case-timeline>',
      ),
    ).to.equal(true);
    expect(snippets.src).to.include('<case-timeline src="https://x.example/a.json?b=&#34;c&#34;">');
    expect(snippets.iframe).to.include(
      'embed.html?view=case-timeline&#38;src=https%3A%2F%2Fx.example%2Fa.json%3Fb%3D%22c%22',
    );
    expect(snippets.inlineBytes).to.equal(new TextEncoder().encode(inline[1]!).length);
  });
});
