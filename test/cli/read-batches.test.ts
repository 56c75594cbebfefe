import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { RawRecord } from "../../src/cli/process-record";
import { readBatches } from "../../src/cli/read-batches";

async function collect(
  chunks: (string | Buffer)[],
  maxRecordBytes = 1 << 20,
  maxRecords = 3,
): Promise<RawRecord[][]> {
  const out: RawRecord[][] = [];
  const input = Readable.from(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : c)));
  for await (const b of readBatches(input, { maxRecords, maxBatchBytes: 1 << 20, maxRecordBytes }))
    out.push(b);
  return out;
}

describe("readBatches", () => {
  it("should join lines split across chunks, even inside a UTF-8 character, and number them", async () => {
    const bytes = Buffer.from('{"a":"Đảng"}\n{"b":2}\r\n\n{"c":3}');
    const chunks = Array.from({ length: bytes.length }, (_, i) => bytes.subarray(i, i + 1));
    const batches = await collect(chunks);
    expect(batches.flat()).toEqual([
      { line: 1, raw: '{"a":"Đảng"}' },
      { line: 2, raw: '{"b":2}' },
      { line: 4, raw: '{"c":3}' },
    ]);
  });

  it("should cut batches at the record limit", async () => {
    const batches = await collect(["1\n2\n3\n4\n5\n"], 1 << 20, 2);
    expect(batches.map((b) => b.map((r) => r.raw))).toEqual([["1", "2"], ["3", "4"], ["5"]]);
  });

  it("should strip a byte order mark on the first line", async () => {
    expect((await collect(["\ufeff{}\n"]))[0][0].raw).toBe("{}");
  });

  it("should report an over-long line with its size and keep only its head", async () => {
    const long = `{"id":"x","text":"${"a".repeat(10_000)}"}`;
    const batches = await collect([long.slice(0, 3000), long.slice(3000), "\n{}\n"], 1000);
    const [first, second] = batches.flat();
    expect(first.tooLong).toBe(long.length);
    expect(first.raw.length).toBeLessThanOrEqual(4096);
    expect(first.raw.startsWith('{"id":"x"')).toBe(true);
    expect(second).toEqual({ line: 2, raw: "{}" });
  });
});
