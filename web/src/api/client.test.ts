import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api, ApiError, buildUrl, setCsrfToken, setLanguageSource, setUnauthorizedHandler } from './client';

function reply(status: number, body: unknown, type = 'application/json') {
  return new Response(status === 204 ? null : typeof body === 'string' ? body : JSON.stringify(body), {
    status, headers: { 'Content-Type': type },
  });
}

describe('api client', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockReset();
    setCsrfToken('tok-123');
    setLanguageSource(() => 'en');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    setCsrfToken(null);
    setUnauthorizedHandler(null);
  });

  const headersOf = (i = 0) => fetchMock.mock.calls[i][1].headers as Record<string, string>;

  it('sends Accept-Language and no CSRF header on reads', async () => {
    fetchMock.mockResolvedValue(reply(200, { items: [], next_cursor: null }));
    await api('/units', { query: { q: 'giáo dục', limit: 5, parent_id: undefined, mine: false } });
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/units?q=gi%C3%A1o+d%E1%BB%A5c&limit=5');
    expect(headersOf()['Accept-Language']).toBe('en');
    expect(headersOf()['X-CSRF-Token']).toBeUndefined();
    expect(fetchMock.mock.calls[0][1].credentials).toBe('same-origin');
  });

  it('adds X-CSRF-Token and the language on writes', async () => {
    setLanguageSource(() => 'vi');
    fetchMock.mockResolvedValue(reply(201, { id: 1 }));
    await api('/units', { method: 'POST', json: { code: 'A' } });
    expect(headersOf()['X-CSRF-Token']).toBe('tok-123');
    expect(headersOf()['Accept-Language']).toBe('vi');
    expect(headersOf()['Content-Type']).toBe('application/json');
    expect(fetchMock.mock.calls[0][1].body).toBe('{"code":"A"}');
  });

  it('sends CSV bodies as text/csv', async () => {
    fetchMock.mockResolvedValue(reply(201, { imported: 1, rows: [] }));
    await api('/units/import', { method: 'POST', csv: 'code,name\n' });
    expect(headersOf()['Content-Type']).toBe('text/csv');
    expect(headersOf()['X-CSRF-Token']).toBe('tok-123');
  });

  it('turns problem+json into ApiError', async () => {
    fetchMock.mockResolvedValue(
      reply(409, { status: 409, code: 'conflict.stale_version', detail: 'stale', request_id: 'r1' }, 'application/problem+json'),
    );
    const e = (await api("/units/1", { method: "PATCH", json: { version: 1 } }).catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('conflict.stale_version');
    expect(e.message).toBe('stale');
  });

  it('reports 401 on other routes to the session handler, and returns undefined on 204', async () => {
    const h = vi.fn();
    setUnauthorizedHandler(h);
    fetchMock.mockResolvedValueOnce(reply(401, { status: 401, code: 'auth.unauthenticated' }, 'application/problem+json'));
    await expect(api('/units')).rejects.toBeInstanceOf(ApiError);
    expect(h).toHaveBeenCalledTimes(1);
    fetchMock.mockResolvedValueOnce(reply(204, null));
    await expect(api('/session', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('buildUrl drops empty values', () => {
    expect(buildUrl('/actions', { mine: true, overdue: false, status: '', cursor: null })).toBe('/api/v1/actions?mine=true');
  });
});
