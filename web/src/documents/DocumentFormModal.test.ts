import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWithDraft } from './DocumentFormModal';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': status < 300 ? 'application/json' : 'application/problem+json' } });

function serve(answers: Array<() => Response>) {
  const sent: Array<{ url: string; body: unknown }> = [];
  vi.stubGlobal('fetch', vi.fn(async (url: string, init: RequestInit) => {
    sent.push({ url: String(url), body: JSON.parse(String(init.body)) });
    return answers[sent.length - 1]();
  }));
  return sent;
}

afterEach(() => vi.unstubAllGlobals());

describe('createWithDraft', () => {
  it('creates the document, then opens its first draft', async () => {
    const sent = serve([() => json(201, { id: 41, code: 'QT-09' }), () => json(201, { id: 77, number: 1, status: 'draft' })]);
    const r = await createWithDraft({ title: 'Quy trình tuyển sinh', unit_id: 3, type: 'procedure' }, 'Soạn thảo lần đầu');
    expect(sent).toEqual([
      { url: '/api/v1/documents', body: { title: 'Quy trình tuyển sinh', unit_id: 3, type: 'procedure' } },
      { url: '/api/v1/documents/41/revisions', body: { change_description: 'Soạn thảo lần đầu' } },
    ]);
    expect(r.draft).toMatchObject({ id: 77, number: 1 });
    expect(r.draftError).toBeNull();
  });

  it('keeps the document created when its draft is refused, and says why', async () => {
    serve([() => json(201, { id: 41, code: 'QT-09' }), () => json(403, { status: 403, code: 'auth.forbidden', title: 'Forbidden', detail: 'Không có quyền' })]);
    const r = await createWithDraft({ title: 'X', unit_id: 3, type: 'form' }, 'First draft');
    expect(r.created).toMatchObject({ id: 41 });
    expect(r.draft).toBeNull();
    expect(r.draftError).toBeTruthy();
  });
});
