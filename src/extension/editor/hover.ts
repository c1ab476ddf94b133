import * as vscode from 'vscode';
import { hoverAt } from '../../core';
import { toRange } from '../coreVscode';
import { type EditorDeps } from './deps';
import { toPath } from '../workspaceHost';

/** On a date: weekday, full date and distance (on `last:`, the last conversation and the touches since); on `cadence`, when the next contact is due by. */
export function registerHover(deps: EditorDeps): vscode.Disposable {
  return vscode.languages.registerHoverProvider(deps.selector, {
    provideHover(document, position) {
      const doc = deps.documents.contact(document);
      if (!doc) return undefined;
      const folder = deps.config.forFolder(document.uri);
      // The pacing's unreadable values are the diary's to say (once); the hover only leaves them out.
      const links = deps.diary.links();
      const file = toPath(document.uri);
      const names = (cs: ReadonlyArray<{ readonly name: string }>) => cs.map((c) => c.name);
      const hover = hoverAt(doc, position, deps.clock.today(), {
        logHeading: folder.logHeading, vocabulary: folder.vocabulary, pacing: deps.config.pacing.pacing, ground: deps.diary.commonGround(),
        reverseLinks: { introducedYouTo: names(links.introducedYouTo(file)), knownBy: names(links.knownBy(file)) },
      });
      return hover && new vscode.Hover(new vscode.MarkdownString().appendText(hover.text), toRange(hover.range));
    },
  });
}
