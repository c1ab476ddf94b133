import { strict as assert } from 'node:assert';
import { type Contact } from '../../../src/core/contact';
import { extendVocabulary } from '../../../src/core/conversations';
import { actionChoices } from '../../../src/core/followUp';

const contact = (file: string, last: string, lastAction: string): Contact => {
  const [year, month, day] = last.split('-').map(Number) as [number, number, number];
  return { file, name: file, tags: [], interests: [], nextLine: 0, problems: [], touchesSince: 0, last: { year, month, day }, lastAction };
};
const DIARY = [
  contact('a', '2026-11-20', 'Coffee at Monmouth'),
  contact('b', '2026-11-19', 'Sent samples'),
  contact('c', '2026-11-18', 'Website enquiry'),
  contact('d', '2026-11-17', 'Phone call'),
  contact('e', '2026-11-16', 'Coffee at Monmouth'),
];

describe('actionChoices', () => {
  it('groups the actions as conversations and touches, the diary\'s recent ones first in each, then the usual ones it lacks', () => {
    const { conversation, touch } = actionChoices(DIARY);
    assert.deepEqual(conversation.map((c) => c.action), ['Coffee at Monmouth', 'Phone call', 'Meeting', 'Video call', 'Coffee', 'Lunch', 'Visit']);
    assert.deepEqual(conversation.map((c) => c.recent), [true, true, false, false, false, false, false]);
    assert.deepEqual(touch.map((c) => c.action), ['Sent samples', 'Website enquiry', 'Email', 'Voicemail', 'Message', 'LinkedIn message', 'Letter', 'Sent proposal']);
  });

  it('shows an action no word classifies among the touches, marked unknown, with the rule that put it there', () => {
    const enquiry = actionChoices(DIARY).touch.find((c) => c.action === 'Website enquiry')!;
    assert.equal(enquiry.known, false);
    assert.equal(enquiry.rule, 'no word of the vocabulary: counted as a touch');
    assert.equal(actionChoices(DIARY).conversation[0]!.rule, '"coffee" is a conversation');
  });

  it('follows the user\'s words: an action they call a conversation moves there', () => {
    const vocabulary = extendVocabulary({ conversation: ['enquiry'], touch: ['phone call'] });
    const { conversation, touch } = actionChoices(DIARY, vocabulary);
    assert.deepEqual(conversation.filter((c) => c.recent).map((c) => c.action), ['Coffee at Monmouth', 'Website enquiry']);
    assert.ok(touch.some((c) => c.action === 'Phone call' && c.recent));
  });

  it('offers the usual actions in an empty diary, each once whatever its spelling in the diary', () => {
    const { conversation, touch } = actionChoices([]);
    assert.equal(conversation[0]!.action, 'Phone call');
    assert.equal(touch[0]!.action, 'Email');
    const spelled = actionChoices([contact('a', '2026-11-20', 'phone call')]).conversation;
    assert.deepEqual(spelled.map((c) => c.action).filter((a) => a.toLowerCase() === 'phone call'), ['phone call']);
  });
});
