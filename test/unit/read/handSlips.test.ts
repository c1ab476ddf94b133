import { strict as assert } from 'node:assert';
import { type ReadResult } from '../../../src/core/contact';
import { agenda } from '../../../src/core/agenda';
import { localDate } from '../../../src/core/dates/localDate';
import { createDiaryIndex } from '../../../src/core/diaryIndex';
import { readContact } from '../../../src/core/read';

// The slips people make typing front-matter by hand, each found in notes nobody on the team wrote:
// the note needs attention, on the line of the slip, in words that say how to mend it; never silence.

const read = (block: string): ReadResult => readContact('people/max.md', new TextEncoder().encode(`---\n${block}\n---\n# Max Example\n`));
/** `line: message` of a note that needs attention (1-based, as editors count), else its kind. */
const said = (block: string): string => {
  const r = read(block);
  return r.kind === 'attention' ? `${r.problem.line + 1}: ${r.problem.message}` : r.kind;
};

describe('slips in hand-typed front-matter', () => {
  it('names a non-breaking space after a colon (regression: the note left the diary without a word)', () => {
    assert.equal(said('name:\u00a0Max Example\nnext:\u00a02026-12-09'),
      '2: "name:" has a non-breaking space after its colon (text pasted from a web page or a document brings them): type an ordinary space there.');
    assert.equal(said('name: Max Example\nnext:\u00a02026-12-09'),
      '3: "next:" has a non-breaking space after its colon (text pasted from a web page or a document brings them): type an ordinary space there.');
  });

  it('names a full-width colon or space, as a CJK input method types them (regression: next：2026-11-27 left the diary without a word)', () => {
    assert.equal(said('name: 山田\nnext：2026-11-27'), '3: "next：" has a full-width colon (as a Chinese or Japanese input method types it): type an ordinary colon and a space: next: 2026-11-27');
    assert.match(said('next：2026-11-27'), /^2: "next：" has a full-width colon/);
    assert.equal(said('name: Max\nnext:\u30002026-12-09'), '3: "next:" has a full-width space after its colon (as a Chinese or Japanese input method types it): type an ordinary space there.');
    // A project note's own full-width colon elsewhere is not ours.
    assert.equal(said('title：計画'), 'none');
  });

  it('asks for the space after a colon, and for a colon after a diary key (regression: silence, or yaml\'s "Implicit map keys need to be followed by map values")', () => {
    assert.equal(said('next:2026-12-09'), '2: "next:2026-12-09" needs a space after the colon: next: 2026-12-09');
    assert.equal(said('name: Nel Example\nnext:2026-12-09'), '3: "next:2026-12-09" needs a space after the colon: next: 2026-12-09');
    assert.equal(said('name: Nel Example\nnext 2026-12-09'), '3: "next 2026-12-09" needs a colon after next: next: 2026-12-09');
  });

  it('regression: a next: line typed with a space before it left the note out of the diary without a word', () => {
    // After a plain value, YAML stops on the line above; after a multi-line value, on the line itself.
    assert.equal(said('name: Dora Example\ncompany: Acme Print\n next: 2026-12-01'),
      '4: "next:" is indented, so YAML doesn\'t read it as a key of its own: the diary\'s keys start their line. Remove the space before it: next: 2026-12-01');
    assert.equal(said('name: Eve Example\nnotes: |\n  met at the fair\n next: 2026-12-01'),
      '5: "next:" is indented, so YAML doesn\'t read it as a key of its own: the diary\'s keys start their line. Remove the space before it: next: 2026-12-01');
    assert.match(said('name: Ida Example\nnext: 2026-12-01\n    last: 2026-11-02'), /^4: "last:" is indented, .* Remove the spaces before it: last: 2026-11-02$/);
    // Regression: with CRLF line ends the line after the one YAML stopped on was missed.
    const crlf = readContact('people/max.md', new TextEncoder().encode('---\r\nname: Dora Example\r\ncompany: Acme Print\r\n next: 2026-12-01\r\n---\r\n'));
    assert.equal(crlf.kind === 'attention' ? `${crlf.problem.line + 1}: ${crlf.problem.message}` : crlf.kind,
      '4: "next:" is indented, so YAML doesn\'t read it as a key of its own: the diary\'s keys start their line. Remove the space before it: next: 2026-12-01');
    // A quote left open above it is the slip to mend first.
    assert.match(said('name: Fay Example\ncompany: "Acme\n  next: 2026-12-01'), /^3: The value of company opens a quote/);
    // Where YAML reads the block, an indented next is a nested key: no contact, and nothing to say.
    assert.equal(said('title: Release notes\npagination:\n  next: 2026-12-01'), 'none');
    // A broken block with no diary key, indented or not, is not ours.
    assert.equal(said('title: Notes\nsummary: a: b\n  other: 1'), 'none');
  });

  it('asks for quotes around a value holding ": " (regression: "Nested mappings are not allowed in compact mappings")', () => {
    assert.equal(said('name: Ann Example\nnext_action: Call re: pricing\nnext: 2026-12-09'),
      '3: The value of next_action holds ": ", which YAML reads as the start of another key: put the value in quotes: next_action: "Call re: pricing"');
    assert.match(said('next: 2026-12-09\nwaiting: the "final" answer: soon'), /waiting: 'the "final" answer: soon'$/);
    // Regression: a backslash was put in double quotes, where it starts an escape (\s is none): the mend was invalid YAML.
    const mend = /next_action: (.*)$/.exec(said('next: 2026-12-09\nnext_action: Chase re: C:\\shares\\quotes'))![1]!;
    assert.equal(mend, "'Chase re: C:\\shares\\quotes'");
    assert.equal(said(`next: 2026-12-09\nnext_action: ${mend}`), 'contact');
  });

  it('asks for quotes around a value starting with @ or `, or quoted in part (regression: "Plain value cannot start with reserved character @")', () => {
    assert.equal(said('name: Ann Example\nnext: 2026-12-09\ntwitter: @ann'),
      '4: The value of twitter starts with @, which YAML keeps for itself: put the value in quotes: twitter: "@ann"');
    assert.equal(said('next: 2026-12-09\nnote: `code`'), '3: The value of note starts with `, which YAML keeps for itself: put the value in quotes: note: "`code`"');
    assert.equal(said('next: 2026-12-09\nnext_action: "Call" about pricing'),
      '3: The value of next_action is quoted only in part ("Call"): put quotes around the whole value: next_action: \'"Call" about pricing\'');
    // Quoted whole, with the same quote inside: the mend is the other kind of quotes (regression of the message above: it kept the stray quotes).
    assert.equal(said("next: 2026-12-09\nname: 'O'Brien'"), `3: The value of name holds the quote it is quoted with ('), which ends it early: write it as name: "O'Brien"`);
    assert.match(said('next: 2026-12-09\nnext_action: "Send the "final" proposal"'), /write it as next_action: 'Send the "final" proposal'$/);
    // A quoted value with a comment after it is whole.
    assert.equal(said('next: 2026-12-09\nnext_action: "Call" # today'), 'contact');
  });

  it('asks for quotes around a value starting with * (regression: called an alias bomb, on the first line)', () => {
    assert.equal(said('name: Ann Example\nnext: 2026-12-09\nstatus: *hot*'),
      '4: The value of status starts with *, which YAML reads as a reference to an anchor (&name) the front-matter doesn\'t have: put the value in quotes: status: "*hot*"');
    assert.match(said('next: 2026-12-09\nnext_action: *urgent* call back'), /^3: The value of next_action starts with \*.*next_action: "\*urgent\* call back"$/);
    // A real alias bomb is still one.
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 6 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(9).fill(`*${String.fromCharCode(97 + i)}`).join(', ')}]`), 'next: 2026-12-09'];
    assert.match(said(bomb.join('\n')), /alias bomb/);
  });

  it('says Next: is not next: (regression: a note with a capital N left the diary without a word)', () => {
    assert.equal(said('name: Ida Example\nNext: 2026-12-01'), '3: Next: is not read: the diary\'s keys are in lower case, so write next: (the same goes for its other keys).');
    assert.equal(said('NEXT: 2026-12-01'), '2: NEXT: is not read: the diary\'s keys are in lower case, so write next: (the same goes for its other keys).');
    // A project note's next step is no contact's date.
    assert.equal(said('title: Book\nNext: write chapter 3'), 'none');
  });

  it('reads next: "" as blank, unscheduled, as scripts write a blank (regression: "is not a date")', () => {
    for (const blank of ['""', "''", '"  "']) {
      const r = read(`name: Max Example\nnext: ${blank}`);
      assert.equal(r.kind, 'contact', blank);
      assert.deepEqual(r.kind === 'contact' && [r.contact.next, r.contact.problems], [undefined, []], blank);
    }
  });

  it('leaves alone a note that is not a contact, whatever is wrong with its front-matter', () => {
    assert.equal(said('title: Reading list\njust some words'), 'none');
    assert.equal(said('title:\u00a0Reading list'), 'none');
    assert.equal(said('summary: next steps: see below'), 'none');
    // A broken block with a project's own Next: (regression: flagged as a contact's).
    assert.equal(said('title: Book plan\nNext: write chapter 3\nstatus: draft: later'), 'none');
    assert.equal(said('tags: [a, b'), 'none');
  });

  it('says how to leave a documentation page out when its next: is a link to the next page (regression: a Hugo site\'s pages each needed attention, unexplained)', () => {
    const r = read('title: Sections\nnext: /content/sections');
    assert.equal(r.kind, 'contact');
    assert.match(r.kind === 'contact' ? r.contact.problems[0]!.message : '', /not a contact but a page whose next: names the one after it, leave its folder out of the diary with contactDiary\.exclude\)\.$/);
    // A date written with slashes is a date's slip, not a page's link.
    const dated = read('next: 12/25/2026');
    assert.doesNotMatch(dated.kind === 'contact' ? dated.contact.problems[0]!.message : '', /exclude/);
  });

  it('regression: a next: naming the next page as a wiki link (Breadcrumbs), false or a mapping (VitePress) said only "is not a date"', () => {
    const problem = (block: string) => {
      const r = read(block);
      return r.kind === 'contact' ? `${r.contact.problems[0]!.line + 1}: ${r.contact.problems[0]!.message}` : r.kind;
    };
    for (const block of ['title: Dune\nnext: "[[Dune Messiah]]"', 'title: Guide\nnext: false', 'title: Guide\nnext:\n  text: Configuration\n  link: /config']) {
      assert.match(problem(block), /^3: .*\(if this note is not a contact but a page whose next: names the one after it, leave its folder out of the diary with contactDiary\.exclude\)\.$/, block);
    }
    // A phrase that is no date gets no such word: it may be a contact's slip.
    assert.doesNotMatch(problem('next: Finish the wireframes'), /exclude/);
  });

  it('regression: a next: holding a list was listed twice, as Unscheduled and as Needs attention', () => {
    const index = createDiaryIndex({ read: readContact });
    index.upsert('people/max.md', '---\nname: Max Example\nnext:\n  - 2026-12-09\n---\n');
    const a = agenda(index, localDate(2026, 12, 7));
    assert.deepEqual(a.groups.flatMap((g) => g.items.map((i) => [g.id, i.line + 1])), [['attention', 3]]);
  });

  it("regression: Dataview's next:: typed in front-matter left the note out without a word", () => {
    assert.equal(said('company: Acme Print\nnext:: 2026-12-09\nlast:: 2026-12-01'),
      "3: next:: is Dataview's way to write a field in a note's text, and is not read here: in front-matter a key takes one colon (next: 2026-12-09).");
    // Beside a next: it reads, a diary key with two colons is a warning on its line.
    const r = read('next: 2026-12-09\nlast:: 2026-12-01');
    assert.equal(r.kind === 'contact' ? `${r.contact.problems[0]!.line + 1}: ${r.contact.problems[0]!.severity}: ${r.contact.problems[0]!.message}` : r.kind,
      "3: warning: last:: is Dataview's way to write a field in a note's text, and is not read here: in front-matter a key takes one colon (last: 2026-12-01).");
    // A key of the user's own with two colons is theirs.
    assert.equal(said('next: 2026-12-09\nmood:: fine'), 'contact');
    // Regression: with a daily note's link after it, quoted or not, it went unsaid.
    assert.match(said('next:: "[[2026-12-09]]"'), /^2: next:: is Dataview's way/);
    assert.match(said('next:: [[2026-12-09]]'), /^2: next:: is Dataview's way/);
    assert.match(said('Next: "[[2026-12-09]]"'), /^2: Next: is not read/);
  });

  it('says a template\'s placeholder is one, and how to leave the templates out (regression: an Obsidian template sat under Needs attention as a bad date)', () => {
    for (const value of ['"{{date:YYYY-MM-DD}}"', '<% tp.date.now("YYYY-MM-DD", 7) %>', '${FOAM_DATE_YEAR}-${FOAM_DATE_MONTH}-${FOAM_DATE_DATE}']) {
      const r = read(`name: Template\nnext: ${value}`);
      assert.equal(r.kind, 'contact', value);
      assert.match(r.kind === 'contact' ? r.contact.problems[0]!.message : '', /is not a date .*\(this is a template's placeholder: if the note is a template, leave its folder out of the diary with contactDiary\.exclude\)\.$/, value);
    }
    // Unquoted, {{date}} is a mapping to YAML, as any {…} is: said so, with the same way out.
    const unquoted = read('name: Template\nnext: {{date}}');
    assert.match(unquoted.kind === 'contact' ? unquoted.contact.problems[0]!.message : '', /^next should be a date like 2026-11-27, not a mapping \(a template's \{\{date\}\} unquoted is one to YAML: if the note is a template, leave its folder out of the diary with contactDiary\.exclude\)\.$/);
    // A text in braces that is no placeholder gets no such word.
    const plain = read('next: "{soon}"');
    assert.doesNotMatch(plain.kind === 'contact' ? plain.contact.problems[0]!.message : '', /template/);
  });

  it('reads a year far from today but says it looks like a typo (regression: 0026-12-09 went to calendars as 1926, silently)', () => {
    const r = read('name: Max Example\nnext: 0026-12-09');
    assert.equal(r.kind, 'contact');
    assert.deepEqual(r.kind === 'contact' && [r.contact.next, r.contact.problems.map((p) => [p.severity, p.message])],
      [{ year: 26, month: 12, day: 9 }, [['warning', 'next: the year 0026 looks like a typo (years from 1900 to 2200 are read without a word).']]]);
    const near = read('name: Max Example\nnext: 2026-12-09');
    assert.deepEqual(near.kind === 'contact' && near.contact.problems, []);
  });
});
