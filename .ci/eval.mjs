// Runs the public answer keys and fails unless each is met in full: all expected facts found,
// every fact grounded, every citation right, nothing forbidden, every silent topic empty, no duplicates.
import { execFileSync } from 'node:child_process';

const keys = [
  ['--gold', '../shared/eval/seeds.gold.json', '--corpus', 'seeds'],
  ['--gold', '../shared/eval/manutd.gold.json'],
];
let ok = true;
for (const args of keys) {
  let out = '';
  try {
    out = execFileSync(process.execPath, ['../shared/eval/score.mjs', ...args, '--verbose'], {
      encoding: 'utf8',
    });
  } catch (error) {
    out = `${error.stdout ?? ''}`;
    ok = false;
  }
  process.stdout.write(out);
  const line = out.split('\n').find((l) => l.startsWith('eval:')) ?? '';
  const m =
    /recall (\d+)\/(\d+).*grounded (\d+)\/(\d+).*citations right (\d+)\/(\d+), forbidden (\d+), empty (\d+)\/(\d+), duplicates (\d+)/.exec(
      line,
    );
  const full =
    m && m[1] === m[2] && m[3] === m[4] && m[5] === m[6] && m[7] === '0' && m[8] === m[9] && m[10] === '0';
  if (!full) {
    console.error(`answer key ${args[1]} not met in full: ${line || 'no eval line'}`);
    ok = false;
  }
}
// Questions as journalists ask them (issue 11): the answer first (85%), among the first three (95%),
// the short answer right (80%), every fact grounded; and every unanswerable question kept silent.
const floor = ['--min-grounded', '1', '--min-first', '0.85', '--min-top3', '0.95', '--min-short', '0.8'];
try {
  const out = execFileSync(
    process.execPath,
    [
      '../shared/eval/score.mjs',
      '--gold',
      '../shared/eval/questions.gold.json',
      '--corpus',
      '../shared/corpora/bbc',
      ...floor,
    ],
    { encoding: 'utf8' },
  );
  process.stdout.write(out);
  const m = /empty (\d+)\/(\d+)/.exec(out.split('\n').find((l) => l.startsWith('eval:')) ?? '');
  if (!m || m[1] !== m[2]) {
    console.error('answer key questions.gold.json: an unanswerable question was answered');
    ok = false;
  }
} catch (error) {
  process.stdout.write(`${error.stdout ?? ''}`);
  console.error(`answer key questions.gold.json below ${floor.join(' ')}`);
  ok = false;
}
process.exit(ok ? 0 : 1);
