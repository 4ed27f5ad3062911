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
// Questions as journalists ask them (issue 11): held to the floor reached so far, so that no change
// loses ground; the goals (first 85%, top 3 95%, short answer 80%) are not met yet.
const floor = ['--min-grounded', '1', '--min-first', '0.72', '--min-top3', '0.88', '--min-short', '0.68'];
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
} catch (error) {
  process.stdout.write(`${error.stdout ?? ''}`);
  console.error(`answer key questions.gold.json below the floor ${floor.join(' ')}`);
  ok = false;
}
process.exit(ok ? 0 : 1);
