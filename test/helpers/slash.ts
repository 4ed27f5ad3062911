import { postSigned, slashCommandBody } from '../stand-in/requests.js';
import type { StandIn } from '../stand-in/slack.js';

/** Asks a running bot `/scaledeal <text>` on its port; resolves with the reply's blocks as JSON. */
export async function askBySlash(
  slack: StandIn,
  port: number | string,
  secret: string,
  text: string,
): Promise<string> {
  const responseUrl = slack.responseUrl();
  await postSigned(
    `http://127.0.0.1:${port}/slack/events`,
    slashCommandBody({ command: '/scaledeal', text, responseUrl }),
    secret,
  );
  const { body } = await slack.waitFor(() => slack.responses.find((r) => responseUrl.endsWith(r.id)), 15_000);
  return JSON.stringify(body.blocks);
}
