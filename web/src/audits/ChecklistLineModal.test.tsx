import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import type { ChecklistLine } from './types';
import { ChecklistLineModal, lineBody } from './ChecklistLineModal';

const LINE: ChecklistLine = {
  id: 31, position: 1, question: '', result: null, evidence: '', finding: null, nonconformity_id: null, improvement_id: null,
  files: [], version: 2, updated_at: '2026-01-01T00:00:00Z',
  clauses: [
    { id: 70, urn: 'urn:eduims:std:iso-21001:2018:clause:7.5.3', number: '7.5.3' },
    { id: 190, urn: 'urn:eduims:std:iso-9001:2015:clause:7.5.3', number: '7.5.3' },
  ],
};

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/** The API as the dialog sees it: PATCH answers `answer`, and what was sent is kept. */
function serve(answer: () => Response) {
  const sent: { url: string; body: Record<string, unknown> }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    sent.push({ url, body: JSON.parse(String(init.body)) });
    return answer();
  }));
  return sent;
}

function open(line: ChecklistLine, prepare = false) {
  const onSaved = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <I18nextProvider i18n={i18n}>
        <AntApp>
          <ChecklistLineModal auditId={5} line={line} prepare={prepare} onClose={vi.fn()} onSaved={onSaved} />
        </AntApp>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return onSaved;
}

/** Opens the antd select labelled `label` and chooses `option`. */
function choose(label: string, option: string) {
  const item = screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
  fireEvent.mouseDown(item.querySelector('.ant-select-selector')!);
  fireEvent.click(screen.getAllByText(option).find((e) => e.closest('.ant-select-item-option'))!);
}

afterEach(() => vi.unstubAllGlobals());

describe('lineBody', () => {
  it('sends the texts always, the result once chosen and the finding only when written', () => {
    expect(lineBody(2, {})).toEqual({ version: 2, question: '', evidence: '' });
    expect(lineBody(2, { question: 'Q', result: 'observation', evidence: 'E', finding: '  ' }))
      .toEqual({ version: 2, question: 'Q', evidence: 'E', result: 'observation' });
    expect(lineBody(3, { result: 'major_nonconformity', finding: 'F' }))
      .toEqual({ version: 3, question: '', evidence: '', result: 'major_nonconformity', finding: 'F' });
  });
});

describe('ChecklistLineModal', () => {
  it('names both references, asks for the finding a nonconformity needs, then sends the answer', async () => {
    await i18n.changeLanguage('vi');
    const sent = serve(() => json(200, { ...LINE, version: 3 }));
    const onSaved = open(LINE);
    screen.getByText('Dòng 1: ISO 21001:2018 7.5.3 · ISO 9001:2015 7.5.3');
    choose('Kết quả', 'Không phù hợp nặng');
    await screen.findByText('Khi lưu, một sự không phù hợp được tạo cho đơn vị được đánh giá.');
    fireEvent.change(screen.getByLabelText('Bằng chứng khách quan'), { target: { value: '12/40 hồ sơ thiếu' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await screen.findByText('Hãy ghi phát hiện.');
    expect(sent).toHaveLength(0);
    fireEvent.change(screen.getByLabelText('Phát hiện'), { target: { value: 'Hồ sơ không được lưu theo quy định' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toEqual([{
      url: '/api/v1/audits/5/checklist/31',
      body: {
        version: 2, question: '', evidence: '12/40 hồ sơ thiếu', result: 'major_nonconformity',
        finding: 'Hồ sơ không được lưu theo quy định',
      },
    }]);
  }, 20_000);

  it('fixes the result of a line whose finding raised a record, and shows the server\'s refusal beside its field', async () => {
    await i18n.changeLanguage('vi');
    serve(() => json(409, {
      status: 409, code: 'audits.finding_raised', field: 'result', detail: 'Phát hiện đã được ghi nhận.',
    }, 'application/problem+json'));
    const raised = { ...LINE, result: 'minor_nonconformity' as const, finding: 'F', nonconformity_id: 9 };
    const onSaved = open(raised);
    const result = screen.getByLabelText('Kết quả').closest('.ant-form-item') as HTMLElement;
    expect(result.querySelector('.ant-select-disabled')).not.toBeNull();
    within(result).getByText('Phát hiện đã tạo bản ghi riêng và được xử lý ở đó; kết quả không đổi được nữa.');
    expect(screen.queryByText('Khi lưu, một sự không phù hợp được tạo cho đơn vị được đánh giá.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await within(result).findByText('Phát hiện đã được ghi nhận.');
    expect(onSaved).not.toHaveBeenCalled();
  }, 20_000);

  it('prepares only the question of a planned audit\'s line', async () => {
    await i18n.changeLanguage('vi');
    const sent = serve(() => json(200, { ...LINE, question: 'Q', version: 3 }));
    const onSaved = open(LINE, true);
    screen.getByText('Soạn câu hỏi — dòng 1: ISO 21001:2018 7.5.3 · ISO 9001:2015 7.5.3');
    expect(screen.queryByLabelText('Kết quả')).toBeNull();
    expect(screen.queryByLabelText('Bằng chứng khách quan')).toBeNull();
    fireEvent.change(screen.getByLabelText('Câu hỏi'), { target: { value: 'Ai giữ khoá tủ hồ sơ?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toEqual([{ url: '/api/v1/audits/5/checklist/31', body: { version: 2, question: 'Ai giữ khoá tủ hồ sơ?' } }]);
  }, 20_000);
});
