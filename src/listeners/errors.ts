import type { RespondArguments, RespondFn } from '@slack/bolt';
/** The Web API error code of an error, or its message. */
export function errorCode(error: unknown): string {
  const e = error as { data?: { error?: string }; code?: string; message?: string } | undefined;
  return e?.data?.error ?? e?.message ?? String(error);
}

/** What to do about a Web API error: one line for the log. */
export function hintFor(error: unknown): string {
  const code = errorCode(error);
  if (/not_in_channel/.test(code)) return 'invite the bot to the channel (/invite @bot) and try again';
  if (/channel_not_found/.test(code)) return 'check the channel id, and that the bot can see the channel';
  if (/is_archived/.test(code)) return 'the channel is archived: unarchive it or pick another';
  if (/rate.?limit|429/i.test(code)) return 'Slack is rate-limiting the bot; it works again shortly';
  if (/invalid_auth|not_authed|token_revoked|account_inactive/.test(code))
    return 'check SLACK_BOT_TOKEN: Slack refuses it';
  if (/missing_scope/.test(code)) return 'add the missing scope in manifest.yml and reinstall the app';
  return 'Slack may be having trouble; the next request is tried afresh';
}

/** One log line for a failed Web API call: what failed, the error code, and the fix. */
export function describeFailure(what: string, error: unknown): string {
  return `${what} failed: ${errorCode(error)}; ${hintFor(error)}.`;
}

/**
 * Sends ephemeral replies through a response URL (`respond`), `fields` added to each
 * (`replace_original: false` for interactivity); a failure to send is logged, saying `what`.
 */
export function ephemeralSender(
  respond: RespondFn,
  logger: { error(message: string): void },
  what: string,
  fields: Partial<RespondArguments> = {},
): (message: RespondArguments) => Promise<void> {
  return async (message) => {
    try {
      await respond({ response_type: 'ephemeral', ...fields, ...message } as RespondArguments);
    } catch (error) {
      logger.error(describeFailure(what, error));
    }
  };
}
