// Run with ts-node: `npx ts-node examples/parse-seed.ts` (in this repository after `npm run build`,
// or in node_modules/vietnews of a project that installed the package). It loads the built package
// (".." is the package folder; a project of yours writes `from "vietnews"`), not the sources, which
// the package does not ship. (This folder's package.json says "commonjs", which is what lets
// ts-node run a .ts file here while the package itself is "type": "module".)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "..";

const text = readFileSync(join(__dirname, "quang-tri-party-building.txt"), "utf8");
const article = parseArticle(text);
console.log(JSON.stringify({ title: article.title, published: article.published, entities: article.entities.length }));
