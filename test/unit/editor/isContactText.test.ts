import { strict as assert } from 'node:assert';
import { isContactText } from '../../../src/core/editor';
import { CONTACT, lines } from './helpers';

describe('isContactText', () => {
  it('is true for a file whose front-matter has next, blank or not, with a BOM or CRLF', () => {
    assert.equal(isContactText(CONTACT), true);
    assert.equal(isContactText(lines('---', 'next:', '---')), true);
    assert.equal(isContactText('\uFEFF' + CONTACT.replace(/\n/g, '\r\n')), true);
  });

  it('is false for plain Markdown, a front-matter without next, and a next in the body', () => {
    assert.equal(isContactText('# Notes\n\nnext: 2026-11-27\n'), false);
    assert.equal(isContactText(lines('---', 'title: A note', '---', 'next: 2026-11-27')), false);
    assert.equal(isContactText(lines('---', 'title: x', '  next: 2026-11-27', '---')), false);
  });

  it('is true for a refused ---js block, so its refusal can be shown', () => {
    assert.equal(isContactText(lines('---js', '{ next: "2026-11-27" }', '---')), true);
  });

  it('bad input: empty text, a lone fence, a rule line, NUL bytes', () => {
    for (const t of ['', '---', '----\nnext: 1\n----', '\0\0\0', '---\n\0next: x\n---']) assert.doesNotThrow(() => isContactText(t));
    assert.equal(isContactText(''), false);
    assert.equal(isContactText('----\nnext: 1\n----'), false);
  });
});
