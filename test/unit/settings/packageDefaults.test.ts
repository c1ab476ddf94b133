import * as assert from 'node:assert/strict';
import {
  DEFAULT_DAILY_TARGET, DEFAULT_EXCLUDE, DEFAULT_FOLLOW_UP, DEFAULT_INCLUDE, DEFAULT_LOG_HEADING, DEFAULT_MAX_FILE_SIZE,
  DEFAULT_UPCOMING_DAYS, formatDuration, parseDuration,
} from '../../../src/core';
import { SettingDefaults, type SettingKey, Settings, SettingsSection, settingId } from '../../../src/extension/ids';
import packageJson from '../../../package.json';

interface Declared { readonly default?: unknown }
const declared = packageJson.contributes.configuration.properties as Record<string, Declared>;

describe('setting defaults', () => {
  it('package.json declares every setting the extension reads, and no other', () => {
    const keys = Object.keys(Settings) as SettingKey[];
    assert.deepEqual(Object.keys(declared).sort(), keys.map(settingId).sort());
    for (const key of keys) assert.equal(settingId(key), `${SettingsSection}.${key}`);
  });

  it('package.json gives each setting the default the extension falls back to', () => {
    for (const key of Object.keys(Settings) as SettingKey[]) {
      assert.deepEqual(declared[settingId(key)]!.default, SettingDefaults[key], key);
    }
  });

  it('takes the defaults core has from core, so the command-line tool and the extension agree', () => {
    const fromCore: Array<[SettingKey, unknown]> = [
      ['include', DEFAULT_INCLUDE],
      ['exclude', DEFAULT_EXCLUDE],
      ['upcomingDays', DEFAULT_UPCOMING_DAYS],
      ['defaultFollowUp', formatDuration(DEFAULT_FOLLOW_UP)],
      ['logHeading', DEFAULT_LOG_HEADING],
      ['maxFileSize', DEFAULT_MAX_FILE_SIZE],
      ['dailyTarget', DEFAULT_DAILY_TARGET],
    ];
    for (const [key, value] of fromCore) assert.deepEqual(declared[settingId(key)]!.default, value, key);
    // The default follow-up reads back as core's duration.
    assert.deepEqual(parseDuration(String(declared[settingId('defaultFollowUp')]!.default)), { ok: true, value: DEFAULT_FOLLOW_UP });
  });
});
