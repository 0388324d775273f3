import { expect } from '@open-wc/testing';
import { sourceLabel, sourceTitle } from '../../src/shared/citations.js';
import type { Source } from '../../src/data/types.js';

const source = (title: string, publisher: string | null = 'BBC News'): Source => ({
  id: 'x',
  kind: 'news',
  publisher,
  title,
  date: null,
});

describe('sourceTitle() and sourceLabel()', () => {
  it('quote a headline as published', () => {
    expect(sourceTitle(source('Stephen Port: no police penalties in serial killer case'))).to.equal(
      '“Stephen Port: no police penalties in serial killer case”',
    );
    expect(sourceLabel(source('Met settles claims'))).to.equal('BBC News, “Met settles claims”');
    expect(sourceLabel(source('Met settles claims', null))).to.equal('“Met settles claims”');
  });

  it('print a description the data wrote in place of an unrecorded headline without quotation marks', () => {
    for (const title of [
      'Report on the letter from 18 MPs (headline not recorded)',
      'Live page on the Casey Review (title not recorded)',
      'Coverage of the case, possibly more than one article (headlines not recorded)',
      'Report on the inquests (headline recorded only in part)',
    ])
      expect(sourceTitle(source(title))).to.equal(title);
    expect(sourceLabel(source('Report on the case (headline not recorded)', 'ITV News'))).to.equal(
      'ITV News, Report on the case (headline not recorded)',
    );
  });
});
