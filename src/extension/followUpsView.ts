import * as vscode from 'vscode';
import { type Agenda, type AgendaGroup, type AgendaGroupId, type AgendaItem } from '../core';
import { Disposable } from './disposable';
import { type Diary } from './diary';
import { ItemContext, Views } from './ids';
import { folderToName, itemDescription, itemIcon, itemTooltip, openCommand, withFolder } from './itemPresentation';
import { type ActivationTimings } from './timings';
import { toUri } from './workspaceHost';

/** A node of the Follow-ups tree: a group, or one contact (or problem file) in it. */
export type FollowUpNode =
  | { readonly kind: 'group'; readonly group: AgendaGroup }
  | { readonly kind: 'item'; readonly item: AgendaItem };

const EXPANDED: ReadonlySet<AgendaGroupId> = new Set(['overdue', 'today']);

/** The Follow-ups tree: the agenda's non-empty groups, with the badge = overdue + today. */
export class FollowUpsView extends Disposable implements vscode.TreeDataProvider<FollowUpNode> {
  private readonly changed = this.register(new vscode.EventEmitter<FollowUpNode | undefined>());
  readonly onDidChangeTreeData = this.changed.event;
  readonly treeView: vscode.TreeView<FollowUpNode>;
  private current: Agenda | undefined;

  constructor(private readonly diary: Diary, private readonly timings?: ActivationTimings) {
    super();
    this.treeView = this.register(vscode.window.createTreeView(Views.followUps, { treeDataProvider: this, canSelectMany: true, showCollapseAll: true }));
    this.register(diary.onDidChange(() => this.update()));
    this.update();
  }

  /** The agenda the tree shows right now. */
  agenda(): Agenda {
    return this.current ?? this.diary.agenda();
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
    if (!node) return this.agenda().groups.filter((g) => g.count > 0).map((group) => ({ kind: 'group', group }));
    if (node.kind === 'item') return [];
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
    if (node.kind === 'group') return undefined;
    const group = this.agenda().groups.find((g) => g.id === node.item.group);
    return group && { kind: 'group', group };
  }

  getTreeItem(node: FollowUpNode): vscode.TreeItem {
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
    // A contact with problems is listed twice (its group and Needs attention): ids must differ.
    tree.id = `${item.group}:${item.file}`;
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
    if (node.kind === 'item') tree.tooltip = itemTooltip(node.item, this.agenda().today);
    return tree;
  }

  private update(): void {
    if (this.diary.isScanned) this.timings?.scanEnded();
    this.current = this.diary.agenda();
    const count = (id: AgendaGroupId) => this.current?.groups.find((g) => g.id === id)?.count ?? 0;
    const overdue = count('overdue');
    const today = count('today');
    this.treeView.badge = overdue + today > 0
      ? { value: overdue + today, tooltip: `${overdue} overdue, ${today} due today` }
      : undefined;
    this.changed.fire(undefined);
  }
}
