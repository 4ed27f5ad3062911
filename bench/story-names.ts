/** npx tsx bench/story-names.ts DIR...: the story's name of each folder (`storyName`). */
import { storyName } from '../src/digest/story.js';
import { buildIndex } from '../src/index/build.js';

for (const dir of process.argv.slice(2)) {
  const index = await buildIndex(dir, { warn: () => {} });
  console.log(`${dir.split('/').at(-1)}: ${storyName(index)}`);
}
