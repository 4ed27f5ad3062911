import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import {
  FEEDBACK_ACTIONS,
  feedbackValue,
  THANKS,
  VOTE_FAILED,
  VOTE_UNREADABLE,
} from '../../src/blocks/feedback.js';
import type { ShownAnswer } from '../../src/blocks/shown.js';
import { createFeedbackVote } from '../../src/listeners/actions/feedback-vote.js';
import type { ListenerDeps } from '../../src/listeners/deps.js';
import type { FeedbackStore, Vote } from '../../src/store/feedback.js';
import { recordingLogger } from '../helpers/logger.js';

const shown: ShownAnswer = {
  id: '0123456789abcdef',
  question: 'Who bought it?',
  shortAnswer: 'Acme',
  facts: [{ text: 'Acme bought it.', citations: ['a/1'] }],
};

function storeOf(overrides: Partial<FeedbackStore> = {}) {
  const votes: Vote[] = [];
  const store: FeedbackStore = {
    remember: async () => {},
    recall: async (id) => (id === shown.id ? shown : undefined),
    vote: async (v) => {
      votes.push(v);
      return 'recorded';
    },
    votes: async () => votes,
    describe: () => 'a test store',
    close: async () => {},
    ...overrides,
  };
  return { store, votes };
}

async function click(
  store: FeedbackStore | undefined,
  value: string,
  actionId = FEEDBACK_ACTIONS.not_helpful,
) {
  const logger = recordingLogger();
  const order: string[] = [];
  const responses: Array<Record<string, unknown>> = [];
  const handler = createFeedbackVote({ ...(store ? { feedback: store } : {}) } as ListenerDeps);
  await handler({
    ack: async () => {
      order.push('ack');
    },
    action: { type: 'button', action_id: actionId, value },
    body: { user: { id: 'U1' }, channel: { id: 'C1' } },
    respond: async (r: Record<string, unknown>) => {
      order.push('respond');
      responses.push(r);
    },
    logger,
  } as unknown as SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs);
  return { logger, order, responses };
}

describe('the Helpful / Not helpful action', () => {
  it('acks first, keeps the vote with what the answer showed, and thanks the voter ephemerally', async () => {
    const { store, votes } = storeOf();
    const { order, responses } = await click(store, feedbackValue(shown));
    expect(order).toEqual(['ack', 'respond']);
    expect(responses).toEqual([{ response_type: 'ephemeral', replace_original: false, text: THANKS }]);
    expect(votes).toEqual([
      {
        answerId: shown.id,
        vote: 'not_helpful',
        question: 'Who bought it?',
        shortAnswer: 'Acme',
        facts: shown.facts,
        user: 'U1',
        channel: 'C1',
        at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
    ]);
  });

  it('keeps the question from the button when the answer is no longer kept', async () => {
    const { store, votes } = storeOf();
    await click(store, feedbackValue({ id: 'ffffffffffffffff', question: 'Why?' }), FEEDBACK_ACTIONS.helpful);
    expect(votes[0]).toMatchObject({ answerId: 'ffffffffffffffff', vote: 'helpful', question: 'Why?' });
    expect(votes[0]?.facts).toBeUndefined();
  });

  it('says sorry when the vote cannot be kept, and logs how to fix it', async () => {
    const { store } = storeOf({
      vote: async () => {
        throw new Error('EACCES: permission denied');
      },
    });
    const { responses, logger } = await click(store, feedbackValue(shown));
    expect(responses[0]?.text).toBe(VOTE_FAILED);
    expect(logger.text()).toMatch(/EACCES.*check that DATA_DIR is writable/);
  });

  it('says a tampered or foreign button is out of date, and keeps nothing', async () => {
    const { store, votes } = storeOf();
    const { responses } = await click(store, 'valuation');
    expect(responses[0]?.text).toBe(VOTE_UNREADABLE);
    expect(votes).toEqual([]);
  });
});
