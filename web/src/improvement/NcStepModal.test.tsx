import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import type { NcAction, Nonconformity } from './types';
import { NcStepModal } from './NcStepModal';

const NC: Nonconformity = {
  id: 4, unit_id: 7, title: 'Hồ sơ tuyển sinh', description: '', source: 'internal_audit', severity: 'major',
  status: 'contained', detected_on: '2026-11-20', due_date: '2026-12-20', overdue: false, repeat: false, repeat_of: null, audit_id: null, escalation: null,
  clauses: [], correction: 'Bổ sung', root_cause: null, effectiveness_criterion: null, verification_due: null,
  verifier_id: null, cycle: 1, reported_by: 3, version: 6, created_at: '', updated_at: '', closed_at: null, archived_at: null,
};

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

function serve(answer: () => Response) {
  const sent: Record<string, unknown>[] = [];
  vi.stubGlobal('fetch', vi.fn(async (_url: string, init: RequestInit) => {
    sent.push(JSON.parse(String(init.body)));
    return answer();
  }));
  return sent;
}

function open(action: NcAction, nc: Nonconformity = NC) {
  const onDone = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nextProvider i18n={i18n}>
        <AntApp>
          <NcStepModal nc={nc} action={action} onClose={vi.fn()} onDone={onDone} />
        </AntApp>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return onDone;
}

afterEach(() => vi.unstubAllGlobals());

describe('NcStepModal', () => {
  it('sends a five-whys analysis with the answers given, in order', async () => {
    await i18n.changeLanguage('vi');
    const sent = serve(() => json(200, { ...NC, status: 'cause_analysed', version: 7 }));
    const onDone = open('analyse');
    fireEvent.change(screen.getByLabelText('Tại sao 1'), { target: { value: 'Thiếu danh mục kiểm tra' } });
    fireEvent.click(screen.getByRole('button', { name: /Thêm một lần hỏi tại sao/ }));
    fireEvent.change(await screen.findByLabelText('Tại sao 2'), { target: { value: 'Quy trình chưa quy định' } });
    fireEvent.change(screen.getByLabelText('Kết luận về nguyên nhân gốc'), { target: { value: 'Quy trình thiếu bước kiểm tra' } });
    fireEvent.click(screen.getByRole('button', { name: 'Phân tích nguyên nhân' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(sent).toEqual([{
      version: 6, action: 'analyse', root_cause_method: 'five_whys', root_cause: 'Quy trình thiếu bước kiểm tra',
      whys: ['Thiếu danh mục kiểm tra', 'Quy trình chưa quy định'],
    }]);
  }, 20_000);

  it('needs the verifier\'s comment, and shows a refusal about no field of the form above it', async () => {
    await i18n.changeLanguage('vi');
    const sent = serve(() => json(409, {
      status: 409, code: 'improvement.verifier_owns_action', field: 'verifier_id', detail: 'Người kiểm tra không độc lập.',
    }, 'application/problem+json'));
    const onDone = open('verify_ineffective', { ...NC, status: 'implemented' });
    fireEvent.click(screen.getByRole('button', { name: 'Kết luận: không hiệu lực' }));
    await screen.findByText('Hãy ghi ý kiến kết luận.');
    expect(sent).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Ý kiến'), { target: { value: '3/20 hồ sơ vẫn thiếu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kết luận: không hiệu lực' }));
    await screen.findByText('Người kiểm tra không độc lập.');
    expect(sent).toEqual([{ version: 6, action: 'verify_ineffective', comment: '3/20 hồ sơ vẫn thiếu' }]);
    expect(onDone).not.toHaveBeenCalled();
  }, 20_000);
});
