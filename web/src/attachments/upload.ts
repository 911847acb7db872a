// Uploads one file as the request body (the server reads its type from the bytes and streams it to storage), with
// progress; fetch() cannot report upload progress, so this one request goes through XMLHttpRequest, with the same
// headers as every other write (CSRF token, language) and the same errors (problem+json as ApiError).
import { ApiError, buildUrl, getCsrfToken, type Problem } from '../api/client';
import type { Attachment } from './types';

export interface UploadOptions {
  /** Called with the share of the file sent, 0 to 100. */
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
  language: string;
}

/** The problem the server answered, or one saying the upload did not reach it (a dropped connection, e.g. too large). */
export function problemOf(status: number, body: string, statusText: string): Problem {
  try {
    const data = JSON.parse(body) as Partial<Problem>;
    if (data && typeof data === 'object') return { ...data, status };
  } catch {
    /* not JSON */
  }
  return { status, title: statusText || `HTTP ${status}`, detail: body || undefined };
}

export function uploadFile(path: string, file: File, opts: UploadOptions): Promise<Attachment> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', buildUrl(path, { file_name: file.name }));
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
    xhr.setRequestHeader('Accept-Language', opts.language);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    const csrf = getCsrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && opts.onProgress) opts.onProgress(Math.floor((e.loaded * 100) / e.total));
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve(JSON.parse(xhr.responseText) as Attachment);
        } catch {
          reject(new ApiError({ status: xhr.status, title: 'Bad response' }));
        }
      } else {
        reject(new ApiError(problemOf(xhr.status, xhr.responseText, xhr.statusText)));
      }
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'network' }));
    xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
    opts.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(file);
  });
}
