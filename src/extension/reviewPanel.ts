import * as vscode from 'vscode';
import {
  type Contact, DEFAULT_REVIEW_WEEKS, type LocalDate, type NextHistory, type ReviewContact, type ShownReview,
  addDays, decodeFile, joinHistories, mapAtOnce, matchesOwner, reviewBody, reviewContact, reviewPage, reviewPageMessage, weeklyReview,
} from '../core';
import { type Clock } from './clock';
import { type Config } from './config';
import { type Diary } from './diary';
import { Disposable } from './disposable';
import { Views } from './ids';
import { type Log } from './log';
import { type OwnerScope } from './ownerScope';
import { nonce, pageOptions } from './webviewPage';
import { type WorkspaceHosts, toPath, toUri } from './workspaceHost';

/**
 * The history of `next:` in a folder (a file system path) since a day, from git, with files named
 * under `filesUnder` (the folder's core path). Given on the desktop only: the web has no git.
 */
export type NextHistoryReader = (dir: string, since: LocalDate, filesUnder: string) => Promise<NextHistory>;

/** Why the web build counts no reschedules. */
export const NO_GIT_ON_THE_WEB = 'Counting reschedules needs the history of next: dates from git, which VS Code for the Web cannot run: open the diary in desktop VS Code, or run contact-diary review.';

// A burst of changes (a bulk reschedule, a pull) redraws the page once.
const DEBOUNCE_MS = 300;

export interface ReviewPanelDeps {
  readonly diary: Diary;
  readonly config: Config;
  readonly clock: Clock;
  readonly log: Log;
  readonly hosts: WorkspaceHosts;
  /** Whose contacts are reviewed: the user's and nobody's, or everyone's, as the view shows them. */
  readonly owners: OwnerScope;
  readonly nextHistory?: NextHistoryReader;
  /** In ExtensionMode.Test only: told what the page shows once loaded (`undefined` while none is). */
  readonly onShown?: (shown: ShownReview | undefined) => void;
}

/**
 * The weekly review as a webview panel: contacts made per week (core's SVG chart, in the theme's
 * colours), going cold and brought back, and the contacts rescheduled most often from git. The
 * whole log of each contact is read again for it (the index keeps the newest events only), so it
 * is drawn when opened and when the diary changes while it is open, never otherwise.
 */
export class ReviewPanel extends Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private drawing: Promise<void> = Promise.resolve();
  private html: string | undefined;
  /** Each contact's whole log, as last read: kept while the index keeps the same `Contact`. */
  private readonly logs = new WeakMap<Contact, ReviewContact>();

  constructor(private readonly deps: ReviewPanelDeps) {
    super();
    this.register(deps.diary.onDidChange(() => this.schedule()));
    this.register(deps.owners.onDidChange(() => this.schedule()));
    this.register(deps.config.onDidChange((e) => { if (deps.config.affects(e, 'dailyTarget', 'workingDays')) this.schedule(); }));
    this.register({ dispose: () => { clearTimeout(this.timer); this.panel?.dispose(); } });
  }

  /** Opens the panel, or brings the open one forward; resolves once its page is drawn. */
  async show(): Promise<void> {
    if (this.panel) {
      this.panel.reveal();
      return;
    }
    // The page's script only reports to the tests what it shows: no script otherwise.
    const panel = vscode.window.createWebviewPanel(Views.review, 'Review', vscode.ViewColumn.Active, pageOptions(this.deps.onShown !== undefined));
    this.panel = panel;
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.html = undefined;
      this.deps.onShown?.(undefined);
    });
    panel.webview.onDidReceiveMessage((data: unknown) => {
      const shown = reviewPageMessage(data);
      if (shown) this.deps.onShown?.(shown);
      else this.deps.log.warn('The review page sent a message it should not have; ignored.');
    });
    await this.draw();
  }

  private schedule(): void {
    if (!this.panel) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.draw(), DEBOUNCE_MS);
  }

  /** Draws the page again, after any drawing under way. */
  private draw(): Promise<void> {
    this.drawing = this.drawing.then(() => this.render()).catch((error: unknown) => this.deps.log.error('Couldn\'t draw the review', error));
    return this.drawing;
  }

  private async render(): Promise<void> {
    if (!this.panel) return;
    const { diary, config, clock } = this.deps;
    await diary.whenIdle();
    const today = clock.today();
    const weeks = DEFAULT_REVIEW_WEEKS;
    const [contacts, history] = await Promise.all([this.contacts(), this.history(addDays(today, -7 * (weeks + 1)))]);
    const review = weeklyReview(contacts, {
      today, weeks, dailyTarget: config.dailyTarget, workingDays: config.workingDays, pacing: diary.pacing(), vocabulary: config.forFolder().vocabulary, history,
    });
    const body = reviewBody(review, (file) => vscode.workspace.asRelativePath(toUri(file)));
    const html = reviewPage(body, { nonce: nonce(), report: this.deps.onShown !== undefined });
    if (!this.panel || html === this.html) return;
    this.html = html;
    this.deps.onShown?.(undefined);
    this.panel.webview.html = html;
  }

  /**
   * Each contact with its whole log, read again from its file (a file that can't be read still
   * counts its `last:`), a few files at a time. A contact the index has not read again since the
   * last drawing is not read again either: the index gives a changed file a new `Contact`.
   */
  private async contacts(): Promise<ReviewContact[]> {
    const filter = this.deps.owners.filter();
    // The reader leaves `owners` out of a contact nobody owns.
    const all = [...this.deps.diary.index.contacts()].filter((c) => matchesOwner(c.owners ?? [], filter));
    const out = await mapAtOnce(all, async (contact) => {
      let read = this.logs.get(contact);
      if (!read) this.logs.set(contact, (read = await this.readLog(contact)));
      return read;
    });
    return out;
  }

  private async readLog(contact: Contact): Promise<ReviewContact> {
    const folder = this.deps.config.forFolder(toUri(contact.file));
    let text: string | undefined;
    try {
      const decoded = decodeFile(await this.deps.hosts.forPath(contact.file).readFile(contact.file), { maxFileSize: folder.maxFileSize });
      text = decoded.ok ? decoded.value : undefined;
    } catch {
      text = undefined;
    }
    return reviewContact(contact, text, folder.logHeading);
  }

  /** The history of `next:` of every folder that is on this machine's disk; unavailable, with the reason, when none is. */
  private async history(since: LocalDate): Promise<NextHistory> {
    const read = this.deps.nextHistory;
    if (!read) return { kind: 'unavailable', message: NO_GIT_ON_THE_WEB };
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file');
    if (folders.length === 0) return { kind: 'unavailable', message: 'Counting reschedules needs the history of next: dates from git, which is read only from a folder on this machine\'s disk.' };
    const histories = await Promise.all(folders.map(async (f) => ({ name: f.name, history: await read(f.uri.fsPath, since, toPath(f.uri)) })));
    return joinHistories(histories);
  }
}
