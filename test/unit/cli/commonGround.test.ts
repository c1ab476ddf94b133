import * as assert from 'node:assert/strict';
import { type AgendaJson } from '../../../src/cli/render';
import { cli, lines, tempDiary } from './helpers';

const contact = (name: string, interests: string) => lines('---', `name: ${name}`, 'next: 2026-11-20', `interests: ${interests}`, '---', '', `# ${name}`);
const SETTINGS = '.vscode/settings.json';
const ground = (a: AgendaJson, file: string) => a.groups.flatMap((g) => g.items).find((i) => i.file === file)!.commonGround;

describe('agenda --json commonGround', function () {
  this.timeout(20_000);
  let d: ReturnType<typeof tempDiary>;
  afterEach(() => d?.cleanup());

  it('ranks each item\'s interests, shared with contactDiary.myInterests first, rarest first', async () => {
    d = tempDiary({
      'ann.md': contact('Ann', '[Football, Opera, falconry]'),
      'bob.md': contact('Bob', '[football, opera]'),
      'cy.md': contact('Cy', '[footballs]'),
      'dee.md': contact('Dee', '[golf]'),
      [SETTINGS]: '{ "contactDiary.myInterests": ["opera", "football"] }\n',
    });
    const r = await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const json = JSON.parse(r.out) as AgendaJson;
    assert.deepEqual(ground(json, 'ann.md'), [
      { interest: 'Opera', shared: true, contacts: 2 },
      { interest: 'Football', shared: true, contacts: 3 },
      { interest: 'falconry', shared: false, contacts: 1 },
    ]);
    assert.deepEqual(ground(json, 'dee.md'), [{ interest: 'golf', shared: false, contacts: 1 }]);
  });

  it('says a myInterests that is not a list once, and ranks as if the user had none', async () => {
    d = tempDiary({ 'ann.md': contact('Ann', '[opera]'), [SETTINGS]: '{ "contactDiary.myInterests": "opera" }\n' });
    const r = await cli(d.dir, 'agenda', '--json', '--today', '2026-11-23');
    assert.equal(r.code, 0);
    assert.match(r.err, /contactDiary\.myInterests must be a list/);
    assert.deepEqual(ground(JSON.parse(r.out) as AgendaJson, 'ann.md'), [{ interest: 'opera', shared: false, contacts: 1 }]);
  });

  it('calls gives each person one line of common ground, or an interest to ask about', async () => {
    d = tempDiary({
      'ann.md': contact('Ann', '[Football, Opera]'),
      'bob.md': contact('Bob', '[football, falconry]'),
      'cy.md': contact('Cy', '[]'),
      [SETTINGS]: '{ "contactDiary.myInterests": ["opera"] }\n',
    });
    const r = await cli(d.dir, 'calls', '--today', '2026-11-23');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^- \*\*Common ground:\*\* Opera \\\(you and 1 of 3 contacts\\\)$/m);
    assert.match(r.out, /^- \*\*Ask about:\*\* falconry \\\(only contact\\\)$/m);
    assert.equal(r.out.match(/Common ground|Ask about/g)?.length, 2, 'nothing for a contact without interests');
  });
});
