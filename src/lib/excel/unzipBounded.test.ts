import { deflateSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflatedSpaces, rawZip, zipBomb } from './hostileWorkbooks.ts';
import { unzipBounded, WorkbookRefused, zipDirectory, type ZipLimits } from './unzipBounded.ts';

const LIMITS: ZipLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 100,
  maxUncompressedBytes: 16 * 1024 * 1024,
};
const text = (s: string) => new TextEncoder().encode(s);

/** The refusal `run` throws, timed. */
function refusal(run: () => unknown): { error: WorkbookRefused; ms: number } {
  const started = performance.now();
  try {
    run();
  } catch (error) {
    if (!(error instanceof WorkbookRefused)) throw error;
    return { error, ms: performance.now() - started };
  }
  throw new Error('not refused');
}

describe('unzipBounded', () => {
  const small = zipSync({
    'xl/workbook.xml': text('<workbook/>'),
    '[Content_Types].xml': text('<Types/>'),
    'xl/_rels/workbook.xml.rels': text('<Relationships/>'),
    'xl/media/image1.png': new Uint8Array(1000),
  });

  it('gives the XML and .rels parts, never the others', () => {
    const parts = unzipBounded(small, LIMITS);
    expect(Object.keys(parts).sort()).toEqual([
      '[Content_Types].xml',
      'xl/_rels/workbook.xml.rels',
      'xl/workbook.xml',
    ]);
    expect(new TextDecoder().decode(parts['xl/workbook.xml'])).toBe('<workbook/>');
  });

  it('refuses a bomb whose directory is honest before inflating anything', () => {
    const bomb = zipBomb(small, 4 * 2 ** 30, true); // 4 GiB from about 27 MB
    const { error, ms } = refusal(() => unzipBounded(bomb, { ...LIMITS, maxFileBytes: 64e6 }));
    expect(error.code).toBe('workbook/limit');
    expect(error.limit).toEqual({
      name: 'maxUncompressedBytes',
      value: LIMITS.maxUncompressedBytes,
    });
    expect(error.message_en).toContain('Nothing was inflated');
    expect(error.message_vi).toContain('zip bomb');
    expect(ms).toBeLessThan(1000);
  });

  it('stops a bomb whose directory lies as soon as a part outgrows its declared size', () => {
    const bomb = zipBomb(small, 2 ** 31, false); // claims 1 KB, inflates to 2 GiB
    const { error, ms } = refusal(() => unzipBounded(bomb, LIMITS));
    expect(error.code).toBe('workbook/corrupt');
    expect(error.message_en).toContain('xl/bomb.xml inflates beyond');
    expect(ms).toBeLessThan(1000);
  });

  it('never inflates a bomb hidden in a part it does not read (a picture)', () => {
    const entries = [
      { name: 'xl/workbook.xml', data: text('<workbook/>'), method: 0 as const, size: 11 },
      {
        name: 'xl/media/huge.png',
        data: deflatedSpaces(2 ** 31),
        method: 8 as const,
        size: 2 ** 31,
      },
    ];
    const parts = unzipBounded(rawZip(entries), LIMITS);
    expect(Object.keys(parts)).toEqual(['xl/workbook.xml']);
  });

  it('inflates deflated parts that keep to their size', () => {
    const xml = text(`<sheetData>${'<row/>'.repeat(10000)}</sheetData>`);
    const zip = rawZip([{ name: 'xl/s.xml', data: deflateSync(xml), method: 8, size: xml.length }]);
    expect(unzipBounded(zip, LIMITS)['xl/s.xml']).toEqual(xml);
  });

  it.each([
    [
      'a file over the size limit',
      () => unzipBounded(small, { ...LIMITS, maxFileBytes: 100 }),
      'maxFileBytes',
    ],
    ['too many parts', () => unzipBounded(small, { ...LIMITS, maxEntries: 2 }), 'maxEntries'],
  ])('refuses %s, naming the limit', (_, run, name) => {
    expect(refusal(run).error.limit?.name).toBe(name);
  });

  it.each([
    ['bytes that are not a zip', text('not a zip at all, just text')],
    ['a zip cut short', small.subarray(0, small.length - 30)],
    [
      'two parts with one name',
      rawZip([
        { name: 'xl/a.xml', data: text('<a/>'), method: 0, size: 4 },
        { name: 'xl/a.xml', data: text('<b/>'), method: 0, size: 4 },
      ]),
    ],
    [
      'an unknown compression',
      rawZip([{ name: 'xl/a.xml', data: text('x'), method: 9 as 0, size: 1 }]),
    ],
    [
      'broken DEFLATE data',
      rawZip([{ name: 'xl/a.xml', data: text('\xff\xff\xff'), method: 8, size: 9 }]),
    ],
  ])('refuses %s as damaged', (_, bytes) => {
    expect(refusal(() => unzipBounded(bytes, LIMITS)).error.code).toBe('workbook/corrupt');
  });

  it('reads the directory of a real zip', () => {
    expect(zipDirectory(small, LIMITS).map((e) => e.name)).toContain('xl/media/image1.png');
  });
});
