import { type Logger, LogLevel } from '@slack/logger';

/** A logger that keeps its lines, for tests that read what was logged. */
export interface RecordingLogger extends Logger {
  lines: Array<{ level: string; text: string }>;
  text(): string;
}

export function recordingLogger(): RecordingLogger {
  const lines: Array<{ level: string; text: string }> = [];
  const log =
    (level: string) =>
    (...msg: unknown[]) =>
      lines.push({ level, text: msg.map((m) => (typeof m === 'string' ? m : JSON.stringify(m))).join(' ') });
  let current = LogLevel.DEBUG;
  return {
    lines,
    text: () => lines.map((l) => `${l.level}: ${l.text}`).join('\n'),
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    setLevel: (level: LogLevel) => {
      current = level;
    },
    getLevel: () => current,
    setName: () => {},
  };
}
