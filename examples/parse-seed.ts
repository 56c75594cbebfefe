// Run with ts-node from the repo root: `npx ts-node examples/parse-seed.ts`.
// (This folder's package.json says "commonjs", which is what lets ts-node run a .ts file here
// while the package itself is "type": "module".)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../src/index";

const text = readFileSync(join(__dirname, "quang-tri-party-building.txt"), "utf8");
const article = parseArticle(text);
console.log(JSON.stringify({ title: article.title, published: article.published, entities: article.entities.length }));
