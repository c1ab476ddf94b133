import { Clock } from '../clock';
import { Config } from '../config';
import { Diary } from '../diary';
import { FollowUpsView } from '../followUpsView';
import { UndoHistory } from '../undoHistory';
import { Log } from '../log';
import { Prompts } from '../prompts';
import { StatusMessage } from '../statusMessage';

/** What every command is built from, passed in by `activate` (no globals). */
export interface CommandDeps {
  readonly diary: Diary;
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
