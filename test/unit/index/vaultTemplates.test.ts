import * as assert from 'node:assert/strict';
import { loadDiary } from './coreApi';
import { memoryHost } from './memoryHost';
import { vaultTemplateGlobs } from '../../../src/core/vaultTemplates';

// Template notes as Obsidian's Templates and Templater plugins and Dendron keep them: their
// front-matter is a pattern for a contact, not one.
const person = '---\nname: <% tp.file.title %>\nstage: prospect\nnext: <% tp.date.now("YYYY-MM-DD", 7) %>\nnext_action: Intro call\n---\n# <% tp.file.title %>\n';
const core = '---\nnext: {{date}}\n---\n# {{title}}\n';
const blank = '---\nname: {{title}}\nnext:\nnext_action: Intro call\n---\n';
const jane = '---\nname: Jane Doe\nnext: 2026-12-10\n---\n';

describe("a vault's template notes", () => {
  it('regression: template notes were contacts (plan --apply wrote a date into one) or needed attention', async () => {
    const host = memoryHost({
      files: {
        'v/.obsidian/templates.json': '{"folder":"Templates","dateFormat":"YYYY-MM-DD"}',
        'v/.obsidian/plugins/templater-obsidian/data.json': '{"templates_folder":"/Meta/Templater/","trigger_on_file_creation":true}',
        'v/Templates/Contact.md': core,
        'v/Templates/Prospect.md': blank,
        'v/Meta/Templater/Person.md': person,
        'v/Meta/Other/Jim.md': jane.replace('Jane Doe', 'Jim'),
        'v/People/Jane Doe.md': jane,
        'v/People/Templates/Kept.md': jane.replace('Jane Doe', 'Kept'),
      },
    });
    const { index, report } = await loadDiary(host, 'v');
    assert.deepEqual([...index.entries()].map((e) => (e.kind === 'contact' ? e.contact.file : e.file)).sort(), ['v/Meta/Other/Jim.md', 'v/People/Jane Doe.md', 'v/People/Templates/Kept.md']);
    assert.deepEqual(report.templates, ['Templates/**', 'Meta/Templater/**']);
  });

  it('reads the folders as each plugin names them, and leaves nothing out for a setting it cannot use', async () => {
    const globs = (files: Record<string, string>) => vaultTemplateGlobs(memoryHost({ files: { 'v/x.md': '', ...files } }), 'v');
    assert.deepEqual(await globs({}), []);
    assert.deepEqual(await globs({ 'v/.obsidian/templates.json': '{"folder":"./Notes/Templates/"}' }), ['Notes/Templates/**']);
    // Dendron keeps templates as notes of the `templates` hierarchy.
    assert.deepEqual(await globs({ 'v/dendron.yml': 'version: 5\n' }), ['**/templates.*.md']);
    // Not a folder below the vault, or not readable: the templates are read as notes, as before.
    for (const folder of ['', '/', '.', '../Shared', 'Temp*', 42]) {
      assert.deepEqual(await globs({ 'v/.obsidian/templates.json': JSON.stringify({ folder }) }), [], String(folder));
    }
    assert.deepEqual(await globs({ 'v/.obsidian/templates.json': '{"folder": "Templ' }), []);
  });
});
