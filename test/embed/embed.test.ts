import { expect } from '@open-wc/testing';
import { embedSnippets, escapeHtml } from '../../src/embed/snippets.js';
import { heightMessages, parseEmbedQuery } from '../../src/embed/embed-options.js';

describe('parseEmbedQuery()', () => {
  it('keeps only the options the view accepts', () => {
    expect(parseEmbedQuery('?view=case-timeline&layout=vertical&onclick=alert(1)&no-filter=')).to.deep.equal({
      view: 'case-timeline',
      attributes: [
        ['layout', 'vertical'],
        ['no-filter', ''],
      ],
      pymId: null,
    });
  });

  it('names an unknown view', () => {
    expect(parseEmbedQuery('?view=<script>')).to.deep.equal({
      error: 'Unknown view "<script>": use one of case-timeline, officer-outcomes, recommendation-status.',
    });
  });

  it('reads the Pym.js child id', () => {
    expect((parseEmbedQuery('?view=officer-outcomes&childId=graphic-1') as { pymId: string }).pymId).to.equal(
      'graphic-1',
    );
  });
});

describe('heightMessages()', () => {
  it('speaks AMP embed-size, and Pym when there is a child id', () => {
    expect(heightMessages(640, null)).to.deep.equal([{ sentinel: 'amp', type: 'embed-size', height: 640 }]);
    expect(heightMessages(640, 'g1')).to.deep.equal([
      { sentinel: 'amp', type: 'embed-size', height: 640 },
      'pymxPYMxg1xPYMxheightxPYMx640',
    ]);
  });
});

describe('embedSnippets()', () => {
  it('writes the embed codes with the chosen options', () => {
    const s = embedSnippets(
      'case-timeline',
      [
        ['layout', 'vertical'],
        ['no-filter', ''],
      ],
      'https://news.example/pcv/',
    );
    expect(s.scriptTag).to.equal(`<script type="module" src="https://news.example/pcv/case-timeline.js"></script>
<case-timeline layout="vertical" no-filter>
  <p>Timeline of the Stephen Port case. <a href="https://news.example/pcv/">Sources and data</a></p>
</case-timeline>`);
    expect(s.singleFile).to
      .equal(`<script type="module" src="https://news.example/pcv/port-case-viz.standalone.js"></script>
<case-timeline layout="vertical" no-filter>
  <p>Timeline of the Stephen Port case. <a href="https://news.example/pcv/">Sources and data</a></p>
</case-timeline>`);
    expect(s.iframe).to.contain(
      'src="https://news.example/pcv/embed.html?view=case-timeline&#38;layout=vertical&#38;no-filter="',
    );
    expect(s.iframe).to.contain('title="Timeline of the Stephen Port case"');
    expect(s.npm).to.contain("import 'port-case-viz/case-timeline';");
  });

  it('escapes whatever an editor types', () => {
    const s = embedSnippets('officer-outcomes', [['heading', '"><script>alert(1)</script>']], 'https://x.example');
    expect(s.scriptTag).to.not.contain('<script>alert');
    expect(s.scriptTag).to.contain('heading="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    expect(escapeHtml(`<a href='x'>&`)).to.equal('&#60;a href=&#39;x&#39;&#62;&#38;');
  });
});
