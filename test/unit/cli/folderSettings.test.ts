import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { choiceSetting, countSetting, parseFolderSettings, readFolderSettings, textSetting, wordsSetting } from '../../../src/cli/folderSettings';

const FILE = '.vscode/settings.json';

describe('the folder\'s own settings (.vscode/settings.json)', () => {
  it('reads contactDiary.* from JSON with comments and trailing commas, as VS Code writes it', () => {
    const s = parseFolderSettings(`\uFEFF{
      // the morning routine
      "contactDiary.dailyTarget": 3,
      /* words of this trade */
      "contactDiary.conversationWords": ["site walk", "tasting",],
      "editor.fontSize": 14,
    }`, FILE);
    assert.deepEqual(s.problems, []);
    const problems: string[] = [];
    assert.equal(countSetting(s, 'dailyTarget', 5, 1, problems), 3);
    assert.deepEqual(wordsSetting(s, 'conversationWords', problems), ['site walk', 'tasting']);
    assert.equal(s.raw('fontSize'), undefined, 'other sections are not ours');
    assert.deepEqual(problems, []);
  });

  it('reads the section written as one object too', () => {
    const s = parseFolderSettings('{ "contactDiary": { "upcomingDays": 14 } }', FILE);
    assert.equal(countSetting(s, 'upcomingDays', 7, 1, []), 14);
  });

  it('says in one line what it can\'t use, and uses the default', () => {
    const s = parseFolderSettings(`{
      "contactDiary.dailyTarget": "five",
      "contactDiary.logHeading": "",
      "contactDiary.calendarOverdue": "yesterday",
      "contactDiary.touchWords": ["fax", 3]
    }`, FILE);
    const problems: string[] = [];
    assert.equal(countSetting(s, 'dailyTarget', 5, 1, problems), 5);
    assert.equal(textSetting(s, 'logHeading', 'Log', problems), 'Log');
    assert.equal(choiceSetting(s, 'calendarOverdue', ['today', 'ownDate'], 'today', problems), 'today');
    assert.deepEqual(wordsSetting(s, 'touchWords', problems), []);
    assert.deepEqual(problems, [
      '.vscode/settings.json: contactDiary.dailyTarget must be a whole number of at least 1, not "five"; using 5',
      '.vscode/settings.json: contactDiary.logHeading must be a non-empty text, not ""; using "Log"',
      '.vscode/settings.json: contactDiary.calendarOverdue must be one of "today", "ownDate", not "yesterday"; using "today"',
      '.vscode/settings.json: contactDiary.touchWords must be a list of words, as in ["site walk", "tasting"], not ["fax",3]; not used',
    ]);
  });

  it('names the line of a file it can\'t parse, and reads no settings from it', () => {
    const s = parseFolderSettings('{\n  "contactDiary.dailyTarget": 3\n  "contactDiary.upcomingDays": 14\n}', FILE);
    assert.deepEqual(s.problems, ['.vscode/settings.json:3: comma expected; its settings are not used']);
    assert.equal(s.raw('dailyTarget'), undefined);
    assert.deepEqual(parseFolderSettings('[1, 2]', FILE).problems, ['.vscode/settings.json: is not an object of settings; its settings are not used']);
  });

  describe('finding the file', () => {
    let root: string;
    beforeEach(() => { root = mkdtempSync(join(tmpdir(), 'contact-diary-settings-')); });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('looks in the folder, then the folders above it up to a repository\'s root', () => {
      mkdirSync(join(root, '.vscode'));
      mkdirSync(join(root, 'people', 'clients'), { recursive: true });
      writeFileSync(join(root, '.vscode', 'settings.json'), '{ "contactDiary.dailyTarget": 4 }');
      assert.equal(readFolderSettings(join(root, 'people', 'clients')).raw('dailyTarget'), 4);
      // A repository's root ends the search: settings above it belong to something else.
      mkdirSync(join(root, 'people', '.git'));
      assert.equal(readFolderSettings(join(root, 'people', 'clients')).raw('dailyTarget'), undefined);
    });

    it('has no settings and no problem where there is no file', () => {
      mkdirSync(join(root, '.git'));
      const s = readFolderSettings(root);
      assert.equal(s.file, undefined);
      assert.deepEqual(s.problems, []);
    });
  });
});
