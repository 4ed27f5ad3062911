/**
 * Readers' votes on answers, and what each answer showed: how questions the engine gets wrong in
 * real use come back to us. One interface, two implementations chosen in `create.ts`: files under
 * DATA_DIR (one replica) or Redis (replicas sharing it).
 */
import { appendFile, mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { VoteKind } from '../blocks/feedback.js';
import type { ShownAnswer, ShownFact } from '../blocks/shown.js';
import { replaceFile } from '../replace-file.js';

export type { VoteKind } from '../blocks/feedback.js';

/** One reader's vote on one answer, with what the answer showed. */
export interface Vote {
  /** The id of the answer shown (`ShownAnswer.id`). */
  answerId: string;
  vote: VoteKind;
  question: string;
  shortAnswer?: string;
  /** The facts shown, texts and cited ids; absent when the answer's record was no longer kept. */
  facts?: ShownFact[];
  /** The Slack user id of the voter. */
  user: string;
  channel?: string;
  /** When the vote was given (the latest, when a reader changed it), ISO 8601. */
  at: string;
}

/** What voting did: a first vote of this user on this answer, or one replacing theirs. */
export type VoteResult = 'recorded' | 'replaced';

export interface FeedbackStore {
  /** Keeps what an answer showed, for votes on it. Never throws: a failure is logged, the answer goes out. */
  remember(shown: ShownAnswer): Promise<void>;
  /** What an answer showed, if it is still kept. */
  recall(answerId: string): Promise<ShownAnswer | undefined>;
  /**
   * Keeps a vote: one per user and answer, a later vote replacing the earlier (a reader who
   * changes their mind is heard once, with the latest). Throws when it cannot be kept.
   */
  vote(vote: Vote): Promise<VoteResult>;
  /** Votes, newest first; only one kind when asked; at most `limit` (default all). */
  votes(options?: { kind?: VoteKind; limit?: number }): Promise<Vote[]>;
  /** Where votes are kept, for log lines. */
  describe(): string;
  close(): Promise<void>;
}

export interface FileFeedbackStoreOptions {
  /** How many answers shown are kept for votes; the oldest go first. Default 5,000. */
  maxAnswers?: number;
  /** Votes appended to the log before it is folded into the votes file. Default 500. */
  compactAfter?: number;
}

const defaultOptions: Required<FileFeedbackStoreOptions> = { maxAnswers: 5000, compactAfter: 500 };

interface VotesFile {
  version: 1;
  votes: Vote[];
}

/** A vote's key: one per answer and user. */
export const voteKey = (v: Pick<Vote, 'answerId' | 'user'>) => `${v.answerId} ${v.user}`;

function isVote(v: unknown): v is Vote {
  const x = v as Vote;
  return (
    !!x &&
    typeof x.answerId === 'string' &&
    (x.vote === 'helpful' || x.vote === 'not_helpful') &&
    typeof x.question === 'string' &&
    typeof x.user === 'string' &&
    typeof x.at === 'string'
  );
}

function isShown(v: unknown): v is ShownAnswer {
  const x = v as ShownAnswer;
  return !!x && typeof x.id === 'string' && typeof x.question === 'string' && Array.isArray(x.facts);
}

/** Newest first, then a kind and a limit. */
export function selectVotes(votes: Vote[], options: { kind?: VoteKind; limit?: number } = {}): Vote[] {
  return votes
    .filter((v) => !options.kind || v.vote === options.kind)
    .sort((a, b) => b.at.localeCompare(a.at))
    .slice(0, options.limit ?? Number.POSITIVE_INFINITY);
}

/**
 * Votes under a folder: each vote appended as a line to `feedback-votes.jsonl`, and every
 * `compactAfter` votes the log folded into `feedback.json` (rewritten atomically: a temporary file,
 * then a rename; the log emptied after, so a crash between the two replays votes already kept,
 * which changes nothing). Votes are read as the file, then the log (a later vote of a user on an
 * answer replacing the earlier). Answers shown appended to `answers-shown.jsonl`, the most recent
 * `maxAnswers` kept (the file is rewritten atomically when it holds twice as many). A corrupt votes
 * file is set aside (renamed, never overwritten) and reported; an unreadable line is skipped.
 */
export class FileFeedbackStore implements FeedbackStore {
  readonly votesPath: string;
  readonly logPath: string;
  readonly answersPath: string;
  /** The votes, by voteKey, once read for a vote; and how many lines the log holds. */
  private kept?: Map<string, Vote>;
  private logLines = 0;
  /** The log ends in a line cut short (a crash while appending): the next vote starts a new line. */
  private cutShort = false;
  private readonly options: Required<FileFeedbackStoreOptions>;
  private answers?: Map<string, ShownAnswer>;
  private answerLines = 0;
  /** Writes one after another, so that no vote or answer is lost to a concurrent write. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly dir: string,
    private readonly logger: { warn(message: string): void },
    options: FileFeedbackStoreOptions = {},
  ) {
    this.options = { ...defaultOptions, ...options };
    this.votesPath = join(dir, 'feedback.json');
    this.logPath = join(dir, 'feedback-votes.jsonl');
    this.answersPath = join(dir, 'answers-shown.jsonl');
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => {});
    return next;
  }

  private async loadAnswers(): Promise<Map<string, ShownAnswer>> {
    if (this.answers) return this.answers;
    const answers = new Map<string, ShownAnswer>();
    let text = '';
    try {
      text = await readFile(this.answersPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        this.logger.warn(
          `Could not read ${this.answersPath} (${(error as Error).message}); votes on earlier answers will lack their facts.`,
        );
    }
    let bad = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      this.answerLines++;
      try {
        const shown = JSON.parse(line) as unknown;
        if (isShown(shown)) {
          answers.delete(shown.id);
          answers.set(shown.id, shown);
        } else bad++;
      } catch {
        bad++;
      }
    }
    if (bad > 0) this.logger.warn(`${this.answersPath}: skipped ${bad} unreadable line(s).`);
    this.answers = answers;
    return answers;
  }

  remember(shown: ShownAnswer): Promise<void> {
    return this.serial(async () => {
      try {
        const answers = await this.loadAnswers();
        if (answers.has(shown.id)) return;
        answers.set(shown.id, shown);
        for (const id of answers.keys()) {
          if (answers.size <= this.options.maxAnswers) break;
          answers.delete(id);
        }
        await mkdir(this.dir, { recursive: true });
        if (this.answerLines + 1 > 2 * this.options.maxAnswers) {
          await replaceFile(
            this.answersPath,
            [...answers.values()].map((a) => `${JSON.stringify(a)}\n`).join(''),
          );
          this.answerLines = answers.size;
        } else {
          await appendFile(this.answersPath, `${JSON.stringify(shown)}\n`);
          this.answerLines++;
        }
      } catch (error) {
        this.logger.warn(
          `Could not keep an answer for votes in ${this.answersPath} (${(error as Error).message}); check that DATA_DIR is writable.`,
        );
      }
    });
  }

  async recall(answerId: string): Promise<ShownAnswer | undefined> {
    return this.serial(async () => (await this.loadAnswers()).get(answerId));
  }

  /** The votes of the file, then of the log, one per user and answer (the latest). */
  private async readVotes(): Promise<Map<string, Vote>> {
    const votes = new Map<string, Vote>();
    for (const v of await this.readVotesFile()) votes.set(voteKey(v), v);
    let text = '';
    try {
      text = await readFile(this.logPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
        throw new Error(
          `Could not read ${this.logPath} (${(error as Error).message}): check that DATA_DIR is readable.`,
        );
    }
    let lines = 0;
    let bad = 0;
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      lines++;
      try {
        const v = JSON.parse(line) as unknown;
        if (!isVote(v)) throw new Error('not a vote');
        votes.delete(voteKey(v));
        votes.set(voteKey(v), v);
      } catch {
        bad++;
      }
    }
    if (bad > 0) this.logger.warn(`${this.logPath}: skipped ${bad} unreadable line(s).`);
    this.logLines = lines;
    this.cutShort = text.length > 0 && !text.endsWith('\n');
    return votes;
  }

  private async readVotesFile(): Promise<Vote[]> {
    let text: string;
    try {
      text = await readFile(this.votesPath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw new Error(
        `Could not read ${this.votesPath} (${(error as Error).message}): check that DATA_DIR is readable.`,
      );
    }
    try {
      const file = JSON.parse(text) as VotesFile;
      if (file?.version === 1 && Array.isArray(file.votes)) return file.votes.filter(isVote);
    } catch {
      // set aside below
    }
    const aside = `${this.votesPath}.corrupt-${Date.now()}`;
    await rename(this.votesPath, aside);
    this.logger.warn(`${this.votesPath} was not a valid votes file: kept as ${aside}, starting a new one.`);
    return [];
  }

  vote(vote: Vote): Promise<VoteResult> {
    return this.serial(async () => {
      this.kept ??= await this.readVotes();
      const votes = this.kept;
      const key = voteKey(vote);
      const replaced = votes.delete(key);
      votes.set(key, vote);
      await mkdir(this.dir, { recursive: true });
      await appendFile(this.logPath, `${this.cutShort ? '\n' : ''}${JSON.stringify(vote)}\n`);
      this.cutShort = false;
      if (++this.logLines >= this.options.compactAfter) {
        const file: VotesFile = { version: 1, votes: [...votes.values()] };
        await replaceFile(this.votesPath, `${JSON.stringify(file, null, 1)}\n`);
        await unlink(this.logPath).catch(() => undefined);
        this.logLines = 0;
      }
      return replaced ? 'replaced' : 'recorded';
    });
  }

  async votes(options: { kind?: VoteKind; limit?: number } = {}): Promise<Vote[]> {
    return selectVotes([...(await this.serial(() => this.readVotes())).values()], options);
  }

  describe(): string {
    return this.votesPath;
  }

  async close(): Promise<void> {
    await this.queue;
  }
}
