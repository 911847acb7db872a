import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { ENTITIES, OPERATIONS, addressLabel, entityLabel, operationLabel } from './labels';

const serverSources = resolve(__dirname, '../../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return e.name.endsWith('.cc') && !e.name.endsWith('_test.cc') ? [p] : [];
  });
}

/** [entity, operation] of every audit::Append in the server whose operation is written out ("x:" for "x:" + step). */
function appended(): Array<[string, string | null]> {
  const out: Array<[string, string | null]> = [];
  for (const file of sources(serverSources)) {
    for (const m of readFileSync(file, 'utf8').matchAll(/audit::Append\(([\s\S]*?)\);/g)) {
      const change = /\{"([a-z_]+)",\s*[^,]+,\s*(?:"([a-z_]+:?)")?/.exec(m[1]);
      if (change) out.push([change[1], change[2] ?? null]);
    }
  }
  return out;
}

const t = (lng: 'vi' | 'en') => i18n.getFixedT(lng);

describe('audit trail wording', () => {
  it('finds the server\'s audit entries to check', () => {
    expect(appended().length).toBeGreaterThan(50);
  });

  it('words every kind of record the server writes, in both languages', () => {
    const written = [...new Set(appended().map(([e]) => e))];
    for (const e of written) expect(ENTITIES, e).toContain(e);
    for (const lng of ['vi', 'en'] as const) {
      for (const e of ENTITIES) expect(entityLabel(t(lng), e), `${lng} ${e}`).not.toBe(e);
    }
  });

  it('words every operation the server writes, in both languages', () => {
    for (const lng of ['vi', 'en'] as const) {
      for (const [entity, op] of appended()) {
        if (!op) continue;
        const shown = operationLabel(t(lng), entity, op.endsWith(':') ? `${op}x` : op);
        expect(shown, `${lng} ${entity} ${op}`).not.toMatch(/^[a-z_:]+$/);
      }
      for (const op of [...OPERATIONS, 'move', 'disable']) expect(operationLabel(t(lng), 'unit', op)).not.toBe(op);
    }
  });

  it('words a workflow step as the record\'s screen words it', () => {
    expect(operationLabel(t('vi'), 'certification_project', 'transition:accept_decision'))
      .toBe('Chuyển trạng thái: Chấp nhận quyết định chứng nhận');
    expect(operationLabel(t('en'), 'certification_project', 'transition:accept_decision'))
      .toBe('Status change: Accept certification decision');
    expect(operationLabel(t('vi'), 'revision', 'endorse')).toBe('Đồng ý nội dung');
    expect(operationLabel(t('vi'), 'action', 'transition:done')).toBe('Chuyển trạng thái: Hoàn thành');
    expect(operationLabel(t('en'), 'certificate', 'change:suspend')).toBe('Change: Suspend');
    expect(operationLabel(t('vi'), 'certification_project', 'update_step:contract')).toBe('Cập nhật bước: 2. Hợp đồng');
    expect(operationLabel(t('vi'), 'unit', 'create')).toBe('Tạo mới');
    expect(entityLabel(t('vi'), 'certification_project')).toBe('Dự án chứng nhận');
  });

  it('names the server itself instead of "local"', () => {
    expect(addressLabel(t('vi'), 'local')).toBe('Máy chủ (tác vụ nội bộ)');
    expect(addressLabel(t('en'), 'local')).toBe('The server (internal task)');
    expect(addressLabel(t('en'), '203.0.113.7')).toBe('203.0.113.7');
  });
});
