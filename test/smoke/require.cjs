// Smoke check: CommonJS users load the built package with require().
const assert = require("node:assert");
const v = require("vietnews");
assert.strictEqual(typeof v.parseArticle, "function");
assert.strictEqual(v.fold("Đảng"), "Dang");
assert.strictEqual(v.toneKey("Ủy ban"), v.toneKey("Uỷ ban"));
console.log("require ok:", Object.keys(v).length, "exports");
