import { describe, expect, it } from 'vitest';
import { checkMessage, checkUsage } from '../../src/blocks/check.js';
import { blockProblems } from '../../src/blocks/limits.js';
import { withCodeSpans } from '../../src/blocks/mrkdwn.js';
import { checkDraft } from '../../src/check/check.js';
import { indexOf } from '../helpers/index.js';

const index = indexOf({
  deal: 'Acme buys Widgetco\n\nOn Monday Acme agreed to pay about $15 billion for Widgetco. Widgetco said Acme will own up to 30% of Widgetco.\n',
  copy: 'Acme deal agreed\n\nOn Monday Acme agreed to pay about $15 billion for Widgetco, its statement says.\n',
  hostile:
    'Forum <b>hacked</b>\n\nHackers said <!channel> and Zorblax paid a fine of $2m to the <@U123> forum, Zorblax said.\n',
});

const textOf = (m: ReturnType<typeof checkMessage>) => JSON.stringify(m.blocks);

describe('checkMessage', () => {
  it('gives each figure a line with its verdict word and quotes the sentences with their sources', () => {
    const message = checkMessage(
      checkDraft(index, 'Acme will pay $20bn for Widgetco and own up to 30% of Widgetco.'),
      {
        command: '/scaledeal',
        shareable: true,
      },
    );
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
    const all = textOf(message);
    expect(all).toMatch(/:x: \*Contradicted\* · \*\$20bn \(investment, Acme\)\*/);
    expect(all).toMatch(/:white_check_mark: \*Supported\* · \*up to 30% \(stake, /);
    expect(all).toContain('> On Monday Acme agreed to pay about $15 billion for Widgetco.');
    expect(all).toContain('`deal`');
    expect(all).toContain('`copy`');
    expect(all).toContain('"action_id":"share_answer"');
    expect(all).toContain('"value":"check Acme will pay $20bn');
    expect(message.text).toMatch(/Contradicted: \$20bn/);
  });

  it('escapes what users and articles write: no ping, no link, no markup', () => {
    const message = checkMessage(
      checkDraft(index, '<!channel> Zorblax paid a fine of $3m to <@U123> & <https://x.example|y>.'),
      {
        command: '/scaledeal',
      },
    );
    const all = `${textOf(message)}${message.text}`;
    expect(all).not.toMatch(/<!channel>|<@U123>|<https:/);
    expect(all).toContain('&lt;!channel&gt;');
    expect(all).toMatch(/Contradicted/);
  });

  it('gives the usage line for an empty text, says so for a text without figures, and offers no Share', () => {
    const empty = checkMessage(checkDraft(index, '  '), { command: '/scaledeal', shareable: true });
    expect(textOf(empty)).toContain(withCodeSpans(checkUsage('/scaledeal')));
    expect(textOf(empty)).not.toContain('share_answer');
    const none = checkMessage(checkDraft(index, 'Acme will buy Widgetco.'), {
      command: '/scaledeal',
      shareable: true,
    });
    expect(textOf(none)).toMatch(/No figures to check/);
    expect(textOf(none)).not.toContain('share_answer');
  });

  it('keeps Block Kit limits for a 4,000-character draft of figures, and says where it stopped for a longer one', () => {
    const draft = Array.from({ length: 400 }, (_, i) => `Acme paid $${i + 1}bn for Widgetco.`).join(' ');
    const result = checkDraft(index, draft);
    expect(result.claims.length).toBeGreaterThan(100);
    const message = checkMessage(result, { command: '/scaledeal', shareable: true });
    expect(blockProblems(message.blocks, message.text)).toEqual([]);
    const all = textOf(message);
    expect(all).toMatch(/more figures not shown/);
    expect(all).toMatch(/over the limit: checked up to character 3,9\d\d/);
    // The draft is longer than a button's value: no Share button rather than a broken one.
    expect(all).not.toContain('share_answer');
  });
});
