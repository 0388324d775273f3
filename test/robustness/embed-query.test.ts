/**
 * The iframe page's query string (issue #13, items 1, 10 and 11): it runs under the
 * publisher's address, so a link to it may choose only among the publisher's own
 * options, never supply words, data from elsewhere or a broken Pym message; and no
 * `view` name can throw, since the parent then gets no height.
 */
import { expect } from '@open-wc/testing';
import { heightMessages, parseEmbedQuery, srcOriginsOf } from '../../src/embed/embed-options.js';
import { embedSnippets } from '../../src/embed/snippets.js';

const page = 'https://news.example/graphics/embed.html';

describe('the iframe page’s query', () => {
  for (const view of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__']) {
    it(`names view=${view} as unknown, without throwing`, () => {
      expect(parseEmbedQuery(`?view=${view}`, { page })).to.deep.equal({
        error: `Unknown view "${view}": use one of case-timeline, officer-outcomes, recommendation-status.`,
      });
    });
  }

  it('takes no heading from the address: a stranger cannot title the publisher’s graphic', () => {
    const request = parseEmbedQuery('?view=officer-outcomes&heading=Officers+cleared+of+all+wrongdoing&theme=dark', {
      page,
    });
    expect(request).to.deep.equal({ view: 'officer-outcomes', attributes: [['theme', 'dark']], pymId: null });
  });

  it('keeps an option only in the form it takes, and only its first value', () => {
    const request = parseEmbedQuery(
      '?view=case-timeline&from=2014&to=Police+admit+nothing&layout=vertical&layout=horizontal' +
        '&categories=death,watchdog&highlight=death-jack-taylor,<b>x</b>&heading-level=9&theme=dark',
      { page },
    );
    expect(request).to.deep.equal({
      view: 'case-timeline',
      attributes: [
        ['from', '2014'],
        ['layout', 'vertical'],
        ['categories', 'death,watchdog'],
        ['theme', 'dark'],
      ],
      pymId: null,
    });
  });

  it('takes src from the page’s own origin, resolved', () => {
    expect(parseEmbedQuery('?view=officer-outcomes&src=../data/mine.json', { page })).to.deep.equal({
      view: 'officer-outcomes',
      attributes: [['src', 'https://news.example/data/mine.json']],
      pymId: null,
    });
  });

  it('refuses src from any other origin, or in any other scheme, unless the publisher allowed its origin', () => {
    for (const src of [
      'https://other.example/x.json',
      '//other.example/x.json',
      'http://news.example/x.json',
      'https://news.example.evil.example/x.json',
      'https://user:pass@news.example/x.json',
      'data:application/json,{}',
      'blob:https://news.example/0000',
      'javascript:alert(1)',
    ]) {
      const request = parseEmbedQuery(`?view=officer-outcomes&src=${encodeURIComponent(src)}`, { page });
      expect(request, src).to.deep.equal({
        error: 'This page draws data only from https://news.example; the src given is elsewhere.',
      });
    }
    const allowed = parseEmbedQuery('?view=officer-outcomes&src=https://data.example/x.json', {
      page,
      srcOrigins: ['https://data.example'],
    });
    expect(allowed).to.deep.equal({
      view: 'officer-outcomes',
      attributes: [['src', 'https://data.example/x.json']],
      pymId: null,
    });
  });

  it('reads the build-time allow-list, keeping only bare http(s) origins', () => {
    expect(srcOriginsOf('https://a.example  https://b.example:8443,http://c.example')).to.deep.equal([
      'https://a.example',
      'https://b.example:8443',
      'http://c.example',
    ]);
    expect(srcOriginsOf('https://a.example/path javascript:x *  null')).to.deep.equal([]);
    expect(srcOriginsOf(null)).to.deep.equal([]);
  });

  it('passes on a Pym.js child id only when it cannot break the message', () => {
    const pymId = (id: string) =>
      (
        parseEmbedQuery(`?view=officer-outcomes&childId=${encodeURIComponent(id)}`, { page }) as {
          pymId: string | null;
        }
      ).pymId;
    expect(pymId('graphic-1_a')).to.equal('graphic-1_a');
    for (const bad of ['a xPYMx b', 'axPYMxheightxPYMx99999', '<script>', '', 'x'.repeat(65)])
      expect(pymId(bad), bad).to.equal(null);
    expect(heightMessages(640, 'axPYMxb c')).to.deep.equal([{ sentinel: 'amp', type: 'embed-size', height: 640 }]);
  });

  it('gives iframe embed codes without a heading; the script tag keeps it', () => {
    const s = embedSnippets(
      'officer-outcomes',
      [
        ['heading', 'What happened'],
        ['theme', 'dark'],
      ],
      'https://news.example/pcv/',
    );
    expect(s.iframe).to.contain('embed.html?view=officer-outcomes&#38;theme=dark"');
    expect(s.iframe).to.not.contain('heading');
    expect(s.scriptTag).to.contain('heading="What happened"');
  });
});
