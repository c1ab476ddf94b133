import * as vscode from 'vscode';
import { type Agenda, type AgendaGroup, type AgendaGroupId, type AgendaItem, type CompanyGroup, type OwnerGroup, byCompany, byOwner, dueFollowUps } from '../core';
import { Disposable } from './disposable';
import { type Diary } from './diary';
import { Colors, Commands, ContextKeys, ItemContext, Views } from './ids';
import { folderToName, itemDescription, itemIcon, itemTooltip, openCommand, withFolder } from './itemPresentation';
import { type OwnerScope } from './ownerScope';
import { type ActivationTimings } from './timings';
import { toUri } from './workspaceHost';

/**
 * A node of the Follow-ups tree: a group, a company (By company), an owner (everyone's contacts),
 * or one contact (or problem file) in it. An item under an owner names the owner (its key): a
 * contact two people own is listed under each.
 */
export type FollowUpNode =
  | { readonly kind: 'group'; readonly group: AgendaGroup }
  | { readonly kind: 'company'; readonly company: CompanyGroup }
  | { readonly kind: 'owner'; readonly owner: OwnerGroup }
  | { readonly kind: 'item'; readonly item: AgendaItem; readonly owner?: string };

const EXPANDED: ReadonlySet<AgendaGroupId> = new Set(['overdue', 'today']);

/** The two ways the view looks: the agenda's groups by date (the default), or its contacts by company. */
export type FollowUpsLayout = 'date' | 'company';

/** Where the layout chosen is remembered, per workspace. */
const LAYOUT_KEY = 'contactDiary.followUpsLayout';

/** The Follow-ups tree: the agenda's non-empty groups, with the badge = overdue + today. */
export class FollowUpsView extends Disposable implements vscode.TreeDataProvider<FollowUpNode> {
  private readonly changed = this.register(new vscode.EventEmitter<FollowUpNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<FollowUpNode>;
  private current: Agenda | undefined;
  private companies: CompanyGroup[] | undefined;
  private owned: OwnerGroup[] | undefined;
  private shown: FollowUpsLayout;

  /**
   * `owners` says whose contacts to show (everyone's are grouped by owner, whatever the layout);
   * `state` remembers the layout chosen (the workspace's state); without it the view opens by date.
   */
  constructor(private readonly diary: Diary, private readonly owners: OwnerScope, private readonly timings?: ActivationTimings, private readonly state?: vscode.Memento) {
    super();
    this.shown = state?.get<FollowUpsLayout>(LAYOUT_KEY) === 'company' ? 'company' : 'date';
    this.treeView = this.register(vscode.window.createTreeView(Views.followUps, { treeDataProvider: this, canSelectMany: true, showCollapseAll: true }));
    this.register(diary.onDidChange(() => this.update()));
    this.register(owners.onDidChange(() => {
      this.setContext();
      this.update();
    }));
    this.register(vscode.commands.registerCommand(Commands.viewByCompany, () => this.setLayout('company')));
    this.register(vscode.commands.registerCommand(Commands.viewByDate, () => this.setLayout('date')));
    this.setContext();
    this.update();
  }

  /** Shows the view by date or by company, and remembers the choice. */
  async setLayout(layout: FollowUpsLayout): Promise<void> {
    if (layout === this.shown) return;
    this.shown = layout;
    this.setContext();
    this.changed.fire(undefined);
    await this.state?.update(LAYOUT_KEY, layout);
  }

  /** The title bar's switch shows the other layout; the view's title says whose contacts it shows, and when it is by company. */
  private setContext(): void {
    void vscode.commands.executeCommand('setContext', ContextKeys.followUpsByCompany, this.shown === 'company');
    const whose = this.owners.showsEveryone ? "Everyone's, by owner" : this.owners.filter().kind === 'mine' ? 'My contacts' : undefined;
    const layout = !this.owners.showsEveryone && this.shown === 'company' ? 'By company' : undefined;
    this.treeView.description = [whose, layout].filter(Boolean).join(' · ') || undefined;
  }

  /** Everyone's contacts are grouped by owner; else the layout chosen. */
  private layout(): FollowUpsLayout | 'owner' {
    return this.owners.showsEveryone ? 'owner' : this.shown;
  }

  /** The agenda's contacts by owner, worked out once per agenda and only when shown. */
  private ownerGroups(): OwnerGroup[] {
    return (this.owned ??= byOwner(this.agenda()));
  }

  /** The agenda's contacts by company, worked out once per agenda and only when shown. */
  private companyGroups(): CompanyGroup[] {
    return (this.companies ??= byCompany(this.agenda()));
  }

  /** The agenda the tree shows right now: the contacts of the owners shown. */
  agenda(): Agenda {
    return this.current ?? this.owners.agenda(this.diary.agenda());
  }

  /** Called by VS Code only: the first call after the first scan is the first render of the whole diary. */
  getChildren(node?: FollowUpNode): FollowUpNode[] {
    const nodes = this.nodes(node);
    if (this.timings && this.diary.isScanned) {
      if (!node) this.timings.treeRendered(nodes.flatMap((n) => (n.kind === 'group' && EXPANDED.has(n.group.id) ? [n.group.id] : [])));
      else if (node.kind === 'group') this.timings.groupItemsRendered(node.group.id);
    }
    return nodes;
  }

  /** The tree's nodes (`undefined` = the groups), as VS Code gets them but without marking a render. */
  nodes(node?: FollowUpNode): FollowUpNode[] {
    const layout = this.layout();
    if (!node && layout !== 'date') {
      // Needs attention stays, last: a file that can't be read belongs to no company, and to no owner anyone can tell.
      const attention = this.agenda().groups.find((g) => g.id === 'attention' && g.count > 0);
      const groups = layout === 'owner'
        ? this.ownerGroups().map((owner): FollowUpNode => ({ kind: 'owner', owner }))
        : this.companyGroups().map((company): FollowUpNode => ({ kind: 'company', company }));
      return [...groups, ...(attention ? [{ kind: 'group', group: attention } as const] : [])];
    }
    if (!node) return this.agenda().groups.filter((g) => g.count > 0).map((group) => ({ kind: 'group', group }));
    if (node.kind === 'item') return [];
    if (node.kind === 'company') return node.company.items.map((item) => ({ kind: 'item', item }));
    if (node.kind === 'owner') return node.owner.items.map((item) => ({ kind: 'item', item, owner: node.owner.key }));
    // The group's own snapshot: its items are the ones its label counted, even when the diary has
    // moved on between VS Code's fetch of the groups and of their items (it fetches again then).
    return node.group.items.map((item) => ({ kind: 'item', item }));
  }

  /**
   * Opens the view at a group, expanded and selected (Needs attention, from a message that
   * says notes need it). False when the group is empty: there is nothing to show.
   */
  async revealGroup(id: AgendaGroupId): Promise<boolean> {
    const group = this.agenda().groups.find((g) => g.id === id);
    if (!group || group.count === 0) return false;
    await this.treeView.reveal({ kind: 'group', group }, { expand: true, select: true, focus: true });
    return true;
  }

  getParent(node: FollowUpNode): FollowUpNode | undefined {
    if (node.kind !== 'item') return undefined;
    if (node.owner !== undefined) {
      const owner = this.ownerGroups().find((o) => o.key === node.owner);
      return owner && { kind: 'owner', owner };
    }
    if (this.layout() === 'company' && node.item.group !== 'attention') {
      const company = this.companyGroups().find((c) => c.items.some((i) => i.file === node.item.file));
      return company && { kind: 'company', company };
    }
    const group = this.agenda().groups.find((g) => g.id === node.item.group);
    return group && { kind: 'group', group };
  }

  getTreeItem(node: FollowUpNode): vscode.TreeItem {
    if (node.kind === 'company') return companyTreeItem(node.company);
    if (node.kind === 'owner') return ownerTreeItem(node.owner);
    if (node.kind === 'group') {
      const { group } = node;
      const item = new vscode.TreeItem(`${group.label} (${group.count})`,
        EXPANDED.has(group.id) ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `group:${group.id}`;
      item.contextValue = ItemContext.group;
      return item;
    }
    const { item } = node;
    const tree = new vscode.TreeItem(item.name, vscode.TreeItemCollapsibleState.None);
    // A contact with problems is listed twice (its group and Needs attention), and a birthday is
    // a line of its own beside the follow-up: ids must differ.
    tree.id = `${node.owner !== undefined ? `owner:${node.owner}/` : ''}${item.group}:${item.occasion ? `${item.occasion}:` : ''}${item.file}`;
    const description = itemDescription(item, this.agenda().today);
    // The folder goes last: the due text stays first, where a narrow view still shows it.
    const folder = folderToName(item.file);
    tree.description = withFolder(description, folder);
    tree.iconPath = itemIcon(item);
    tree.contextValue = item.group !== 'attention' ? ItemContext.contact
      : this.diary.contactAt(toUri(item.file)) ? ItemContext.attentionContact : ItemContext.attention;
    tree.command = openCommand(item);
    tree.accessibilityInformation = { label: `${item.name}, ${description}${folder ? `, in the ${folder.name} folder` : ''}` };
    return tree;
  }

  /**
   * The tooltip, made when the user hovers an item. VS Code fetches every item of an expanded
   * group: 6,480 overdue contacts with their Markdown tooltips took it 0.4–1.1 s to take in after
   * the first scan, without them about 50 ms (measured in code-server, 10,000 contacts).
   */
  resolveTreeItem(tree: vscode.TreeItem, node: FollowUpNode): vscode.TreeItem {
    if (node.kind === 'item') {
      const ground = node.item.group === 'attention' ? undefined : this.diary.commonGround().reason(this.diary.interestsOf(node.item.file));
      tree.tooltip = itemTooltip(node.item, this.agenda().today, ground, this.diary.links());
    }
    return tree;
  }

  private update(): void {
    if (this.diary.isScanned) this.timings?.scanEnded();
    this.current = this.owners.agenda(this.diary.agenda());
    this.companies = undefined;
    this.owned = undefined;
    // Birthday lines are in Today, but they are not follow-ups due.
    const { overdue, today } = dueFollowUps(this.current);
    this.treeView.badge = overdue + today > 0
      ? { value: overdue + today, tooltip: `${overdue} overdue, ${today} due today` }
      : undefined;
    this.changed.fire(undefined);
  }
}

/** An owner (everyone's contacts): the name and how many contacts, and how many of them are due. */
function ownerTreeItem(owner: OwnerGroup): vscode.TreeItem {
  const name = owner.owner ?? 'No owner';
  const tree = new vscode.TreeItem(`${name} (${owner.items.length})`, vscode.TreeItemCollapsibleState.Collapsed);
  tree.id = `owner:${owner.key}`;
  const due = [owner.overdue ? `${owner.overdue} overdue` : '', owner.today ? `${owner.today} due today` : ''].filter(Boolean).join(' · ');
  tree.description = due || 'nothing due';
  tree.contextValue = ItemContext.owner;
  tree.iconPath = new vscode.ThemeIcon(owner.owner === undefined ? 'circle-outline' : 'person');
  tree.tooltip = `${name}: ${tree.description}`;
  tree.accessibilityInformation = { label: `${name}, ${owner.items.length} contacts, ${tree.description}` };
  return tree;
}

/** A company: its name and how many contacts, the last contact and the next step; going cold as a whole is said first. */
function companyTreeItem(company: CompanyGroup): vscode.TreeItem {
  const name = company.company ?? 'No company';
  const tree = new vscode.TreeItem(`${name} (${company.items.length})`, vscode.TreeItemCollapsibleState.Collapsed);
  tree.id = company.company === undefined ? 'company:' : `company:${company.company.toLowerCase()}`;
  tree.description = company.description;
  tree.contextValue = ItemContext.company;
  tree.iconPath = company.coldSince
    ? new vscode.ThemeIcon('history', new vscode.ThemeColor(Colors.overdue))
    : new vscode.ThemeIcon(company.company === undefined ? 'person' : 'organization');
  tree.tooltip = `${name}: ${company.description}`;
  tree.accessibilityInformation = { label: `${name}, ${company.items.length} contacts, ${company.description}` };
  return tree;
}
