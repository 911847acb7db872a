import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, setCsrfToken } from '../api/client';
import { fileSize } from './format';
import { problemOf, uploadFile } from './upload';

describe('fileSize', () => {
  it('writes sizes in the reader’s language', () => {
    expect(fileSize(512, 'vi')).toBe('512 B');
    expect(fileSize(1536, 'vi')).toBe('1,5 KB');
    expect(fileSize(1536, 'en')).toBe('1.5 KB');
    expect(fileSize(50 * 1024 * 1024, 'en')).toBe('50 MB');
    expect(fileSize(150 * 1024 * 1024, 'vi')).toBe('150 MB');
    expect(fileSize(3 * 1024 ** 4, 'en')).toBe('3,072 GB');
  });
});

describe('problemOf', () => {
  it('reads the server’s problem document, keeping the status of the response', () => {
    const body = JSON.stringify({ code: 'files.type_mismatch', detail: 'Tệp có đuôi .pdf nhưng nội dung là PNG', status: 999 });
    expect(problemOf(422, body, 'Unprocessable')).toEqual({ code: 'files.type_mismatch', detail: 'Tệp có đuôi .pdf nhưng nội dung là PNG', status: 422 });
  });
  it('makes a problem of a body that is not JSON', () => {
    expect(problemOf(502, 'Bad gateway', 'Bad Gateway')).toEqual({ status: 502, title: 'Bad Gateway', detail: 'Bad gateway' });
    expect(problemOf(413, '', '')).toEqual({ status: 413, title: 'HTTP 413', detail: undefined });
  });
});

/** Stands in for the browser's XMLHttpRequest: records what is sent; the test answers. */
class FakeXhr {
  static last: FakeXhr;
  method = ''; url = ''; headers: Record<string, string> = {}; body: unknown; status = 0; statusText = ''; responseText = '';
  upload: { onprogress?: (e: { lengthComputable: boolean; loaded: number; total: number }) => void } = {};
  onload?: () => void; onerror?: () => void; onabort?: () => void;
  constructor() { FakeXhr.last = this; }
  open(method: string, url: string) { this.method = method; this.url = url; }
  setRequestHeader(k: string, v: string) { this.headers[k] = v; }
  send(body: unknown) { this.body = body; }
  abort() { this.onabort?.(); }
  answer(status: number, body: unknown) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

describe('uploadFile', () => {
  afterEach(() => { vi.unstubAllGlobals(); setCsrfToken(null); });

  it('sends the file as the body with its name in the query, the CSRF token and the language, and reports progress', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    setCsrfToken('tok');
    const file = new File(['%PDF-1.4'], 'Biên bản họp.pdf', { type: 'application/pdf' });
    const seen: number[] = [];
    const done = uploadFile('/records/5/attachments', file, { language: 'vi', onProgress: (p) => seen.push(p) });
    const xhr = FakeXhr.last;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`/api/v1/records/5/attachments?file_name=${encodeURIComponent('Biên bản họp.pdf').replace(/%20/g, '+')}`);
    expect(xhr.headers).toMatchObject({ 'X-CSRF-Token': 'tok', 'Accept-Language': 'vi' });
    expect(xhr.body).toBe(file);
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 1, total: 3 });
    xhr.upload.onprogress?.({ lengthComputable: true, loaded: 3, total: 3 });
    xhr.answer(201, { id: 9, file_name: 'Biên bản họp.pdf', sha256: 'ab' });
    await expect(done).resolves.toMatchObject({ id: 9, sha256: 'ab' });
    expect(seen).toEqual([33, 100]);
  });

  it('rejects with the server’s problem, or with status 0 when the connection drops', async () => {
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
    const file = new File(['x'], 'a.pdf');
    const refused = uploadFile('/records/5/attachments', file, { language: 'en' });
    FakeXhr.last.answer(422, { code: 'files.type_mismatch', detail: 'named .pdf but PNG' });
    await expect(refused).rejects.toMatchObject({ status: 422, code: 'files.type_mismatch', message: 'named .pdf but PNG' });
    const dropped = uploadFile('/records/5/attachments', file, { language: 'en' });
    FakeXhr.last.onerror?.();
    await expect(dropped).rejects.toBeInstanceOf(ApiError);
    await expect(dropped).rejects.toMatchObject({ status: 0 });
  });
});
