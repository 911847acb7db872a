import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import type { Process } from '../api/types';
import { lines, processBody, ProcessFormModal } from './ProcessFormModal';

const PROCESS: Process = {
  id: 9, unit_id: 7, code: 'QT-HN', name: 'Tư vấn hướng nghiệp', category: 'core', purpose: '', owner_id: 4,
  inputs: ['Nguyện vọng', 'Kết quả học tập'], outputs: [], resources: [], risk_level: 'medium', clause_ids: [],
  feeds: [{ process_id: 5, what: 'Kế hoạch' }], version: 3, created_by: 3, created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-01T00:00:00Z', archived_at: null,
};
const DH = { ...PROCESS, id: 5, code: 'QT-DH', name: 'Dạy và học', feeds: [] };

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });

/** The API as the form sees it; PATCH answers `patch`. */
function serve(patch: () => Response) {
  const sent: { method: string; url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    const method = init.method ?? 'GET';
    if (method !== 'GET') {
      sent.push({ method, url, body: JSON.parse(String(init.body)) });
      return patch();
    }
    if (url.startsWith('/api/v1/processes/5')) return json(200, DH);
    if (url.startsWith('/api/v1/users/4')) return json(200, { id: 4, full_name: 'Cầm Văn Đức', email: 'duc@demo.eduims.vn' });
    return json(200, { items: [], next_cursor: null });
  }));
  return sent;
}

function open(onSaved = vi.fn()) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <AntApp>
          <ProcessFormModal process={PROCESS} onClose={vi.fn()} onSaved={onSaved} />
        </AntApp>
      </I18nextProvider>
    </QueryClientProvider>,
  );
  return onSaved;
}

afterEach(() => vi.unstubAllGlobals());

describe('processBody', () => {
  it('sends the text areas as lists of non-empty lines, the cleared owner as null on a change only', () => {
    expect(lines(' a \n\n b\n')).toEqual(['a', 'b']);
    const v = { code: 'QT-HN', name: 'N', category: 'core', risk_level: 'low', inputs: 'x\ny', unit_id: 7, feeds: [{ process_id: 5 }] };
    expect(processBody(v, false)).toEqual({
      code: 'QT-HN', name: 'N', category: 'core', purpose: '', risk_level: 'low', clause_ids: [],
      feeds: [{ process_id: 5, what: '' }], inputs: ['x', 'y'], outputs: [], resources: [], unit_id: 7,
    });
    const changed = processBody(v, true);
    expect(changed.owner_id).toBeNull();
    expect('unit_id' in changed).toBe(false);
  });
});

describe('ProcessFormModal', () => {
  it('fills in the process, sends the change with its version and the interactions', async () => {
    await i18n.changeLanguage('vi');
    const sent = serve(() => json(200, { ...PROCESS, version: 4 }));
    const onSaved = open();
    expect(screen.getByLabelText('Tên quá trình')).toHaveValue('Tư vấn hướng nghiệp');
    expect(screen.getByLabelText('Đầu vào')).toHaveValue('Nguyện vọng\nKết quả học tập');
    expect(screen.getByLabelText('Đầu ra chuyển giao 1')).toHaveValue('Kế hoạch');
    fireEvent.change(screen.getByLabelText('Đầu vào'), { target: { value: 'Nguyện vọng\n\nHọc bạ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    expect(sent).toHaveLength(1);
    expect(sent[0].method).toBe('PATCH');
    expect(sent[0].url).toBe('/api/v1/processes/9');
    expect(sent[0].body).toMatchObject({
      version: 3, inputs: ['Nguyện vọng', 'Học bạ'], owner_id: 4, feeds: [{ process_id: 5, what: 'Kế hoạch' }],
    });
  });

  it('shows the server\'s errors beside the interaction they concern and beside the list of interactions', async () => {
    await i18n.changeLanguage('vi');
    serve(() => json(422, {
      status: 422, detail: 'two problems', errors: [
        { code: 'validation.too_long', field: 'feeds[0].what', detail: 'Quá dài.' },
        { code: 'process.feeds_itself', field: 'feeds', detail: 'Không thể tự cung cấp cho chính nó.' },
      ],
    }, 'application/problem+json'));
    const onSaved = open();
    fireEvent.click(screen.getByRole('button', { name: 'Lưu' }));
    const what = screen.getByLabelText('Đầu ra chuyển giao 1').closest('.ant-form-item') as HTMLElement;
    await within(what).findByText('Quá dài.');
    await within(screen.getByTestId('feeds')).findByText('Không thể tự cung cấp cho chính nó.');
    expect(onSaved).not.toHaveBeenCalled();
    expect(screen.queryByText('two problems')).toBeNull();
  });
});
