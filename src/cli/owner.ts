import { EVERYONE, type OwnerFilter, type Result, fail, ok, ownerFilter } from '../core';
import { type DiarySettings } from './settings';

/** The options of the commands that list contacts, to spread into their options (see `ownerOption`). */
export const OWNER_OPTIONS = { owner: { type: 'string' }, all: { type: 'boolean' } } as const;

/** How the commands that list contacts show these options in their usage. */
export const OWNER_USAGE = '[--owner NAME | --all]';

/**
 * Whose contacts a command lists: `--owner NAME`'s alone, everyone's with `--all`, else the
 * user's and those nobody owns when the folder's `contactDiary.me` names the user, else
 * everyone's. The setting is read only when neither option is given.
 */
export function ownerOption(values: Readonly<Record<string, string | boolean | undefined>>, settings: Pick<DiarySettings, 'me'>): Result<OwnerFilter> {
  const { owner, all } = values;
  if (owner !== undefined && all === true) return fail('--owner and --all can\'t be used together: --owner NAME lists the contacts NAME owns, --all everyone\'s');
  if (all === true) return ok(EVERYONE);
  if (typeof owner === 'string') {
    return owner.trim() === '' ? fail('--owner needs a name, as notes write it in owner: (as in --owner alice)') : ok({ kind: 'owner', name: owner.trim() });
  }
  return ok(ownerFilter(settings.me()));
}
