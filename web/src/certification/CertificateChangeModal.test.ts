import { describe, expect, it } from 'vitest';
import { changeBody } from './CertificateChangeModal';
import type { CertificateDetail } from './types';

const certificate = {
  id: 7, version: 3, scope_vi: 'Giáo dục', scope_en: 'Education', sites: [{ unit_id: 4 }],
  standards: [
    { standard_id: 1, code: 'iso-21001', edition: '2018', label: 'ISO 21001:2018' },
    { standard_id: 2, code: 'iso-9001', edition: '2015', label: 'ISO 9001:2015' },
  ],
} as unknown as CertificateDetail;

describe('certificate change body', () => {
  it('sends the editions chosen for a transition, so a certificate can move to ISO 21001:2025', () => {
    const body = changeBody(certificate, { kind: 'transition_edition', reason: ' Đạt đánh giá chuyển đổi ', standard_ids: [3, 2] });
    expect(body).toEqual({ version: 3, kind: 'transition_edition', reason: 'Đạt đánh giá chuyển đổi', standard_ids: [3, 2] });
  });

  it('keeps the standards as they are for a scope change', () => {
    const body = changeBody(certificate, { kind: 'extend_scope', reason: 'Mở rộng', scope_vi: 'Giáo dục', scope_en: 'Education', site_ids: [4, 5] });
    expect(body).toMatchObject({ standard_ids: [1, 2], site_ids: [4, 5] });
  });
});
