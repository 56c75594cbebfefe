import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RawRecord } from "../../src/cli/process-record";
import { type ByteBatch, eachRecord, readBatches, readByteBatches } from "../../src/cli/read-batches";

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

describe("readByteBatches", () => {
  const decode = (batch: ByteBatch): RawRecord[] => {
    const out: RawRecord[] = [];
    eachRecord(batch, (r) => out.push(r));
    return out;
  };
  // what readBatches gives, from the byte batches a worker decodes
  async function viaBytes(chunks: Buffer[], maxRecordBytes: number, maxRecords: number) {
    const batches: ByteBatch[] = [];
    const input = Readable.from(chunks);
    for await (const b of readByteBatches(input, { maxRecords, maxBatchBytes: 1 << 20, maxRecordBytes }))
      batches.push(b);
    return batches;
  }
  const lines = [
    '\ufeff{"id":1,"text":"Đảng"}\r',
    "",
    "   \t",
    "\u00a0",
    `{"id":2,"text":"${"ư".repeat(700)}"}`,
    '{"id":3}\r',
    "not json",
    '{"id":"\u2028"}',
  ];
  const bytes = Buffer.from(lines.join("\n"));

  it("should give the records readBatches gives, however the input is cut into chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 1, max: 40 }), { minLength: 1, maxLength: 80 }),
        fc.boolean(),
        async (sizes, short) => {
          const chunks: Buffer[] = [];
          for (let at = 0, k = 0; at < bytes.length; k++) {
            const n = sizes[k % sizes.length];
            chunks.push(bytes.subarray(at, at + n));
            at += n;
          }
          const limit = short ? 1000 : 1 << 20;
          const want = (await collect(chunks, limit, 2)).flat();
          const got = (await viaBytes(chunks, limit, 2)).flatMap(decode);
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 60 },
    );
    expect((await collect([bytes])).flat().map((r) => r.line)).toEqual([1, 5, 6, 7, 8]);
    expect((await collect([bytes], 1000)).flat()[1].tooLong).toBeGreaterThan(1000);
  });

  it("should give each batch a buffer of its own, holding only its lines' bytes", async () => {
    const batches = await viaBytes([Buffer.from("1\n2\n\n  \n3\n4\n5")], 1 << 20, 2);
    expect(batches.map((b) => Array.from(b.lines))).toEqual([[1, 2], [5, 6], [7]]);
    expect(batches.map((b) => Buffer.from(b.bytes).toString())).toEqual(["12", "34", "5"]);
    expect(new Set(batches.map((b) => b.bytes.buffer)).size).toBe(3);
    expect(batches[0].bytes.byteOffset).toBe(0);
  });
});
