#!/usr/bin/env node
// STUB (HTML/CLI helper replaces): the vietnews command line.
import { readFileSync } from "node:fs";
import { parseArticle } from "../index";

const file = process.argv[3];
const text = readFileSync(file ?? 0, "utf8");
process.stdout.write(`${JSON.stringify(parseArticle(text), null, 2)}\n`);
