// Get Started with Contact Diary, as VS Code registers it and opens it from Help.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, api, closeAll, waitFor } from './helpers';

interface Step {
  readonly id: string;
  readonly media: { readonly image?: string | Readonly<Record<string, string>>; readonly markdown?: string; readonly svg?: string };
}
interface Walkthrough {
  readonly id: string;
  readonly steps: readonly Step[];
}

function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not loaded`);
  return ext;
}

function walkthrough(): Walkthrough {
  const walkthroughs = (extension().packageJSON.contributes.walkthroughs ?? []) as Walkthrough[];
  assert.equal(walkthroughs.length, 1);
  return walkthroughs[0]!;
}

/** What VS Code calls the walkthrough: the extension's id, then the walkthrough's. */
const walkthroughId = () => `${extension().id}#${walkthrough().id}`;

/**
 * Whether VS Code's walkthrough registry holds the step: `welcome.markStepIncomplete` looks the
 * step up there and throws for one it does not hold. Marking a step incomplete that nobody has
 * done changes nothing a user sees.
 */
async function registered(stepId: string): Promise<boolean> {
  return vscode.commands.executeCommand('welcome.markStepIncomplete', `${walkthroughId()}#${stepId}`).then(() => true, () => false);
}

describe('the walkthrough', () => {
  before(() => api());
  afterEach(() => closeAll());

  it('is known by the id Help opens it with: the extension\'s publisher and name', () => {
    const { publisher, name } = extension().packageJSON as { publisher: string; name: string };
    assert.equal(extension().id, `${publisher}.${name}`);
    assert.equal(walkthroughId(), 'contact-diary.contact-diary#contactDiary.gettingStarted');
  });

  it('shows pictures that are in the installed extension', async () => {
    for (const step of walkthrough().steps) {
      const { image, markdown, svg } = step.media;
      const files = [markdown, svg, ...(typeof image === 'object' ? Object.values(image) : [image])].filter((f): f is string => !!f);
      assert.ok(files.length > 0, `${step.id} shows nothing`);
      for (const file of files) {
        const stat = await Promise.resolve(vscode.workspace.fs.stat(vscode.Uri.joinPath(extension().extensionUri, file))).catch(() => undefined);
        assert.ok(stat && stat.size > 0, `${step.id}: ${file} is not in the extension`);
      }
    }
  });

  it('is registered by VS Code, every step of it (a step\'s image without "hc" makes VS Code drop the whole walkthrough)', async () => {
    // The probe must be able to say no, or a yes would mean nothing.
    assert.equal(await registered('noSuchStep'), false);
    // VS Code registers the walkthroughs of the extensions it has loaded in the background.
    for (const step of walkthrough().steps) await waitFor(`VS Code to register the step ${step.id}`, () => registered(step.id));
  });

  it('opens with Help\'s command, as Help: Welcome (Get Started) and the Welcome page open it', async () => {
    // The command opens the Welcome page even for an id it has no walkthrough for: the test
    // above is what shows that the page has this one to show.
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughId(), false);
    await waitFor('the Welcome page to open', () => vscode.window.tabGroups.all.some((g) => g.tabs.some((t) => t.label === 'Welcome' && t.isActive)));
  });
});
