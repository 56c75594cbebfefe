// Smoke check: ES module users load the built package with import.
import assert from "node:assert";
import { fold, parseArticle, toneKey } from "vietnews";

assert.strictEqual(typeof parseArticle, "function");
assert.strictEqual(fold("Đảng"), "Dang");
assert.strictEqual(toneKey("Ủy ban"), toneKey("Uỷ ban"));
console.log("import ok");
