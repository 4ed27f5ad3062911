import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HELP_USAGES } from '../src/blocks/help.js';
import { parseConfig } from '../src/config.js';
import { CHECK_SHORTCUT } from '../src/listeners/shortcuts/check-message.js';

const manifest = parse(readFileSync('manifest.yml', 'utf8'));

describe('manifest.yml', () => {
  it('keeps the limits of Slack’s manifest', () => {
    expect(manifest._metadata.major_version).toBe(1);
    expect(manifest.display_information.name.length).toBeLessThanOrEqual(35);
    for (const c of manifest.features.slash_commands) {
      expect(c.command).toMatch(/^\/[a-z0-9_-]+$/);
      expect(c.command.length).toBeLessThanOrEqual(32);
      expect(c.description.length).toBeGreaterThan(0);
      expect(typeof c.should_escape).toBe('boolean');
    }
  });

  it('hints at every use help lists, `add <link>` too, and no other', () => {
    const [command] = manifest.features.slash_commands;
    const hinted = String(command.usage_hint)
      .split(' | ')
      .map((u) => u.replace(/^\[(.*)\]$/, '<$1>'));
    expect(hinted).toEqual([...HELP_USAGES]);
    expect(hinted).toContain('add <link>');
  });

  it('declares the command the bot answers by default', () => {
    const { command } = parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(manifest.features.slash_commands.map((c: { command: string }) => c.command)).toContain(command);
  });

  it('asks for the scopes of every Web API method the bot calls, and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'groups:history',
        'im:history',
      ].sort(),
    );
  });

  it('subscribes to mentions and messages, turns on interactivity for the share button, and Socket Mode', () => {
    expect([...manifest.settings.event_subscriptions.bot_events].sort()).toEqual(
      ['app_mention', 'message.channels', 'message.groups', 'message.im'].sort(),
    );
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.bot_user.display_name.length).toBeLessThanOrEqual(80);
  });

  it('declares the message shortcut "Check against the coverage" with the callback id the bot listens to', () => {
    const shortcuts = manifest.features.shortcuts as Array<Record<string, string>>;
    const check = shortcuts.find((s) => s.callback_id === CHECK_SHORTCUT);
    expect(check).toMatchObject({ type: 'message', name: 'Check against the coverage' });
    for (const s of shortcuts) {
      expect(s.callback_id?.length).toBeLessThanOrEqual(255);
      expect(s.description?.length).toBeGreaterThan(0);
      expect(s.description?.length).toBeLessThanOrEqual(150);
    }
  });

  it('has the scope each message event needs: a thread read back needs the same history scope', () => {
    const scopes = new Set(manifest.oauth_config.scopes.bot);
    const needs: Record<string, string> = {
      'message.channels': 'channels:history',
      'message.groups': 'groups:history',
      'message.im': 'im:history',
      app_mention: 'app_mentions:read',
    };
    for (const event of manifest.settings.event_subscriptions.bot_events)
      expect(scopes).toContain(needs[event]);
    // People can write to the bot only with its Messages tab open to them.
    expect(manifest.features.app_home).toMatchObject({
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });
});
