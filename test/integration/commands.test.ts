// Every command package.json declares is registered, and every registered contactDiary command is declared.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { ContextKeys } from '../../src/extension/ids';
import { EXTENSION_ID, api } from './helpers';

describe('commands', () => {
  it('registers exactly the commands package.json declares', async () => {
    await api();
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const declared = (ext.packageJSON.contributes.commands as Array<{ command: string; category: string }>);
    for (const c of declared) assert.equal(c.category, 'Contact Diary', `${c.command} has category ${c.category}`);
    const all = await vscode.commands.getCommands(true);
    // VS Code adds its own commands for the view container and the view (focus, reset location…).
    const ours = all.filter((id) => id.startsWith('contactDiary.') && !id.startsWith('contactDiary.followUps.'));
    assert.deepEqual([...new Set(ours)].sort(), declared.map((c) => c.command).sort());
  });

  it('uses only declared commands in the menus', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const declared = new Set((ext.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command));
    const menus = ext.packageJSON.contributes.menus as Record<string, Array<{ command: string }>>;
    for (const [menu, entries] of Object.entries(menus)) {
      for (const e of entries) assert.ok(declared.has(e.command), `${menu} uses undeclared ${e.command}`);
    }
  });

  it('links the walkthrough and the welcome views to commands VS Code knows, one command for one action (regression: Open Folder was a command macOS doesn\'t register in the walkthrough, and another in the welcome view)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const { walkthroughs, viewsWelcome } = ext.packageJSON.contributes as {
      walkthroughs: Array<{ steps: Array<{ description: string }> }>;
      viewsWelcome: Array<{ contents: string }>;
    };
    const texts = [...walkthroughs.flatMap((w) => w.steps.map((s) => s.description)), ...viewsWelcome.map((v) => v.contents)];
    const links = texts.flatMap((t) => [...t.matchAll(/\[([^\]]+)\]\(command:([\w.]+)/g)].map((m) => ({ label: m[1]!, command: m[2]! })));
    assert.ok(links.length > 0);
    const known = new Set(await vscode.commands.getCommands(true));
    for (const { label, command } of links) assert.ok(known.has(command), `"${label}" runs ${command}, which VS Code doesn't know`);
    const byLabel = new Map<string, Set<string>>();
    for (const { label, command } of links) byLabel.set(label, (byLabel.get(label) ?? new Set()).add(command));
    for (const [label, commands] of byLabel) assert.equal(commands.size, 1, `"${label}" runs ${[...commands].join(' and ')}`);
  });

  it('ticks the walkthrough\'s first-contact step for a diary that already has contacts (regression: it stayed open over a full diary)', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const steps = ext.packageJSON.contributes.walkthroughs[0].steps as Array<{ id: string; completionEvents: string[] }>;
    const first = steps.find((s) => s.id === 'firstContact')!;
    // The key the extension sets once the diary holds a contact (the palette's contact commands use it too).
    assert.deepEqual(first.completionEvents, ['onCommand:contactDiary.newContact', 'onCommand:contactDiary.importContacts', `onContext:${ContextKeys.hasContacts}`]);
  });

  it('shows the view\'s title actions only where the palette offers them (regression: New Contact, Refresh and the call sheet sat over the "Open a folder" welcome of an empty window)', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const menus = ext.packageJSON.contributes.menus as Record<string, Array<{ command: string; when?: string }>>;
    const palette = new Map(menus['commandPalette']!.map((e) => [e.command, e.when ?? '']));
    const title = menus['view/title']!;
    assert.ok(title.length > 0);
    for (const e of title) {
      const needs = palette.get(e.command);
      // Hidden from the palette, where another entry does the same (Undo a Change… for Undo Last Change).
      if (needs === 'false') continue;
      assert.ok(needs, `${e.command} is in the view's title but has no palette condition`);
      // Every clause of the palette's condition (`contactDiary.meSet && !contactDiary.showsEveryone`) is one of the title's.
      const clauses = e.when?.split(' && ') ?? [];
      assert.ok(needs.split(' && ').every((c) => clauses.includes(c)), `${e.command}: "${e.when}" lacks the palette's "${needs}"`);
    }
  });
});
