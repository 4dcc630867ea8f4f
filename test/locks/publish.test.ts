/** `npm run publish` as a module: the lock it writes, and every refusal, with edisi.json left as it was. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishEdition } from '../../src/commands/publish.ts';
import { edit, json, lines, writeFolder } from '../fixtures/folder.ts';

const sha = (dir: string, path: string) => createHash('sha256').update(readFileSync(join(dir, path))).digest('hex');
const edisiText = (dir: string) => readFileSync(join(dir, '2024/edisi.json'), 'utf8');
const publish = (dir: string, date?: string) => publishEdition(dir, { tahun: 2024, today: '2025-05-01', lang: 'id', ...(date === undefined ? {} : { date }) });

describe('publishEdition', () => {
  it('marks a valid draft published and locks every file of the edition, narasi included', () => {
    const dir = writeFolder({ '2024/narasi/01-pengantar.mdx': '---\ntitle: Pengantar\n---\n\n# Pengantar\n' });
    const result = publish(dir, '2025-04-28');
    expect(result.ok, result.lines.join('\n')).toBe(true);
    const files = ['kepatuhan.csv', 'narasi/01-pengantar.mdx', 'opd.csv', 'sakip.csv'];
    expect(edisiText(dir)).toBe(
      json({ judul: 'Rapor Kinerja Kota Prabumulih 2024', status: 'terbit', tanggal_terbit: '2025-04-28', kunci: Object.fromEntries(files.map((f) => [f, sha(dir, `2024/${f}`)])) }),
    );
    // Without `commit` (npm run publish --no-git) nothing goes into git, and the output says what that leaves.
    expect(result.lines.join('\n')).toContain('Tanpa git (--no-git): kunci ini hanya membuktikan bahwa berkas cocok dengan sidik yang tertulis di sampingnya');
  });

  it('publishes on today’s date without --date', () => {
    const dir = writeFolder();
    expect(publish(dir).ok).toBe(true);
    expect(JSON.parse(edisiText(dir)).tanggal_terbit).toBe('2025-05-01');
  });

  it('locks an edition published before locks existed, keeping its date', () => {
    const dir = writeFolder({ '2024/edisi.json': json({ judul: 'Rapor 2024', status: 'terbit', tanggal_terbit: '2025-04-28' }) });
    expect(publish(dir, '2025-04-29').lines.join('\n')).toContain('sudah terbit pada 2025-04-28, bukan 2025-04-29');
    expect(publish(dir, '2025-04-28').ok).toBe(true);
    expect(JSON.parse(edisiText(dir))).toMatchObject({ status: 'terbit', tanggal_terbit: '2025-04-28', kunci: { 'sakip.csv': sha(dir, '2024/sakip.csv') } });
  });

  const refusals: [string, () => string, string][] = [
    ['re-publishing a published edition', () => {
      const dir = writeFolder();
      publish(dir);
      return dir;
    }, 'sudah terbit dan terkunci'],
    ['a draft that does not validate', () => writeFolder({ '2024/opd.csv': edit('82.10,A,1', '181.20,A,1') }), '2024/opd.csv:2:'],
    ['a draft whose dataset file holds no rows', () => writeFolder({ '2024/opd.csv': lines('kode,nama,nilai,predikat,peringkat,sumber') }), '2024/opd.csv tidak berisi data'],
  ];
  for (const [name, folder, expected] of refusals) {
    it(`refuses ${name}, leaving edisi.json as it was`, () => {
      const dir = folder();
      const before = edisiText(dir);
      const result = publish(dir);
      expect(result.ok).toBe(false);
      expect(result.lines.join('\n')).toContain(expected);
      expect(result.lines.join('\n')).toContain('Edisi 2024 tidak diterbitkan');
      expect(edisiText(dir)).toBe(before);
    });
  }

  it('refuses a year with no edition', () => {
    const result = publishEdition(writeFolder(), { tahun: 2019, today: '2025-05-01', lang: 'en' });
    expect(result).toEqual({ ok: false, lines: ['Edition 2019 was not published: there is no folder 2019/ with edisi.json.'] });
  });
});
