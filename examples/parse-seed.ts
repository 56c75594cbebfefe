// Run with ts-node in this repository after `npm run build`: `npx ts-node examples/parse-seed.ts`.
// It loads the built package (".." is the package folder; in a project of yours, copy this file,
// import from "vietnews" and see the README's ts-node section), not the sources, which the package
// does not ship. (This folder's package.json says "commonjs", which is what lets
// ts-node run a .ts file here while the package itself is "type": "module".)
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "..";

const text = readFileSync(join(__dirname, "quang-tri-party-building.txt"), "utf8");
const article = parseArticle(text);
console.log(JSON.stringify({ title: article.title, published: article.published, entities: article.entities.length }));
