import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { unitName, unitPathText, userName } from './names';

const reply = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

describe('names', () => {
  const fetchMock = vi.fn();
  beforeEach(() => {
    vi.stubGlobal('fetch', fetchMock);
    fetchMock.mockReset();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks once for the names a screen mentions in one tick, and leaves out what the caller may not know', async () => {
    const root = { id: 1, code: 'SO-GDDT', name: 'Sở Giáo dục và Đào tạo' };
    fetchMock.mockResolvedValue(reply({
      users: [{ id: 8, full_name: 'Đinh Công Sơn' }],
      units: [{ ...root, path: [root] }],
    }));
    const [head, reporter, hidden, unit] = await Promise.all([userName(8), userName(8), userName(9), unitName(1)]);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/names?user_ids=8%2C9&unit_ids=1');
    expect(head?.full_name).toBe('Đinh Công Sơn');
    expect(reporter?.full_name).toBe('Đinh Công Sơn');
    expect(hidden).toBeNull();
    expect(unit && unitPathText(unit)).toBe('Sở Giáo dục và Đào tạo');
  });
});
