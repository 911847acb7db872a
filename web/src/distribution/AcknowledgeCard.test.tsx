import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { I18nextProvider } from 'react-i18next';
import i18n from '../i18n';
import { SessionContext, type SessionValue } from '../session';
import type { ControlledDocument } from '../api/types';
import { AcknowledgeCard } from './AcknowledgeCard';

const DOC = {
  id: 31, unit_id: 1, code: 'QT-05', title: 'Quy trình tiếp nhận ý kiến phụ huynh', type: 'procedure',
  confidentiality: 'internal', owner_id: 2, review_months: 12, status: 'published', current_revision_id: 77,
  effective_on: '2026-11-20', next_review_on: '2027-11-20', review_overdue: false, clause_ids: [], process_ids: [],
  version: 3, created_by: 2, created_at: '2026-11-20T00:00:00Z', updated_at: '2026-11-20T00:00:00Z', archived_at: null,
} as ControlledDocument;

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

/** The reading list holds `toRead`; an acknowledgement answers `ack`. */
function serve(toRead: ControlledDocument[], ack: () => Response) {
  const sent: { url: string; body: unknown }[] = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    if ((init.method ?? 'GET') === 'POST') {
      sent.push({ url, body: JSON.parse(String(init.body)) });
      return ack();
    }
    if (url.startsWith('/api/v1/me/reading-list')) {
      expect(url).toContain('unread=true');
      return json(200, { items: toRead.map((d) => ({ ...d, acknowledged_at: null })), next_cursor: null });
    }
    return json(404, { status: 404 });
  }));
  return sent;
}

const session = { timeZone: 'Asia/Ho_Chi_Minh' } as SessionValue;

function show(doc = DOC) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <SessionContext.Provider value={session}>
          <AntApp>
            <AcknowledgeCard document={doc} revisionNumber={2} />
          </AntApp>
        </SessionContext.Provider>
      </I18nextProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('AcknowledgeCard', () => {
  it('acknowledges the revision in force once, then says when', async () => {
    await i18n.changeLanguage('vi');
    const sent = serve([DOC], () => json(201, { document_id: 31, revision_id: 77, acknowledged_at: '2026-11-23T03:05:00Z' }));
    show();
    await screen.findByText(/lần ban hành 2/);
    fireEvent.click(screen.getByRole('button', { name: 'Xác nhận đã đọc' }));
    await screen.findByText('Bạn đã xác nhận đã đọc lúc 23/11/2026 10:05.');
    expect(sent).toEqual([{ url: '/api/v1/documents/31/acknowledgements', body: { revision_id: 77 } }]);
    expect(screen.queryByRole('button', { name: 'Xác nhận đã đọc' })).toBeNull();
  });

  it('shows nothing for a document not on the list to read, or on it with an older revision', async () => {
    serve([{ ...DOC, id: 8 }, { ...DOC, current_revision_id: 70 }], () => json(500, {}));
    show();
    await waitFor(() => expect(vi.mocked(fetch)).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText(/lần ban hành/)).toBeNull();
  });

  it('shows the server’s refusal and keeps the button', async () => {
    await i18n.changeLanguage('vi');
    serve([DOC], () => json(409, {
      status: 409, code: 'documents.not_current_revision', title: 'Không phải phiên bản hiện hành',
      detail: 'Hãy xác nhận phiên bản đang có hiệu lực; phiên bản này đã bị thay thế hoặc chưa ban hành.',
    }));
    show();
    fireEvent.click(await screen.findByRole('button', { name: 'Xác nhận đã đọc' }));
    await screen.findByText(/phiên bản này đã bị thay thế/);
    await waitFor(() => expect(screen.getByRole('button', { name: /Xác nhận đã đọc/ })).not.toHaveClass('ant-btn-loading'));
  });
});
