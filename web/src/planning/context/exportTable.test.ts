import { describe, expect, it } from 'vitest';
import { crc32, storedZip, toCsv, toXlsx } from './exportTable';

describe('register export', () => {
  it('writes CSV with a byte order mark, quoting what needs it', () => {
    const csv = toCsv(['Vấn đề', 'Nhóm'], [['Lũ quét, sạt lở', 'Biến đổi khí hậu'], ['Nói "không"', null]]);
    expect(csv).toBe('\uFEFFVấn đề,Nhóm\r\n"Lũ quét, sạt lở",Biến đổi khí hậu\r\n"Nói ""không""",\r\n');
  });

  it('computes the ZIP checksum of the standard check value', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('lays out a ZIP whose directory points at each entry', () => {
    const zip = storedZip([['a.txt', 'xin chào'], ['b.txt', 'b']]);
    const view = new DataView(zip.buffer);
    const end = zip.length - 22;
    expect(view.getUint32(end, true)).toBe(0x06054b50);
    expect(view.getUint16(end + 10, true)).toBe(2);
    const directory = view.getUint32(end + 16, true);
    expect(view.getUint32(directory, true)).toBe(0x02014b50);
    const second = view.getUint32(directory + 46 + 5 + 42, true);
    expect(view.getUint32(second, true)).toBe(0x04034b50);
    expect(new TextDecoder().decode(zip.subarray(second + 30, second + 35))).toBe('b.txt');
  });

  it('puts every cell of the sheet in the workbook, text escaped', () => {
    const text = new TextDecoder().decode(toXlsx('Bối cảnh', ['A', 'B'], [['<x> & y', 3]]));
    expect(text).toContain('<t xml:space="preserve">&lt;x&gt; &amp; y</t>');
    expect(text).toContain('<c r="B2"><v>3</v></c>');
    expect(text).toContain('sheet name="Bối cảnh"');
  });
});
