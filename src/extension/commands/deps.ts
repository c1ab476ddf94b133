import { type Clock } from '../clock';
import { type Config } from '../config';
import { type Diary } from '../diary';
import { type FollowUpsView } from '../followUpsView';
import { type OwnerScope } from '../ownerScope';
import { type UndoHistory } from '../undoHistory';
import { type Log } from '../log';
import { type Prompts } from '../prompts';
import { type StatusMessage } from '../statusMessage';

/** What every command is built from, passed in by `activate` (no globals). */
export interface CommandDeps {
  readonly diary: Diary;
  /** Whose contacts the diary shows (Plan My Week plans those). */
  readonly owners: OwnerScope;
  readonly view: FollowUpsView;
  /** Read when a command asks, never kept: the integration tests put scripted prompts in its place. */
  readonly prompts: Prompts;
  readonly clock: Clock;
  readonly config: Config;
  readonly log: Log;
  readonly message: StatusMessage;
  /** The changes the commands made to the notes, newest first, for Undo. */
  readonly undo: UndoHistory;
}
