// The public API, as integrations use it: JSON over fetch with the session cookie and the CSRF header.
'use strict';

import { errorText, dayOf } from './i18n.js';

let csrf = null;

export function setCsrf(token) {
  csrf = token;
}

export class ApiError extends Error {
  constructor(status, error) {
    super(errorText(error));
    this.status = status;
    this.error = error;
  }
}

async function call(method, url, body, contentType) {
  const headers = {};
  if (body !== undefined) headers['Content-Type'] = contentType || 'application/json';
  if (method !== 'GET' && csrf) headers['X-CSRF-Token'] = csrf;
  const payload = body === undefined ? undefined : contentType ? body : JSON.stringify(body);
  const response = await fetch(url, { method, headers, body: payload });
  if (response.status === 204) return null;
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ApiError(response.status, json && json.error ? json.error : { message: response.statusText });
  return json;
}

export const api = {
  get: url => call('GET', url),
  post: (url, body) => call('POST', url, body === undefined ? {} : body),
  put: (url, body) => call('PUT', url, body),
  del: url => call('DELETE', url),
  /** A file's bytes as the body (a CSV import), with its own content type. */
  postFile: (url, file, contentType) => call('POST', url, file, contentType)
};

/** Builds a query string from the set values only. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  const s = q.toString();
  return s ? '?' + s : '';
}

/**
 * The server's today in Hà Nội: the console never trusts the PC's clock (commune office PCs are often
 * minutes or days off), and in tests the server runs on a simulated clock.
 */
export async function serverToday() {
  const health = await call('GET', '/health');
  return dayOf(health.time);
}

/** Uploads a program with a real progress bar: fetch cannot report upload progress, XHR can. */
export function upload(form, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/programs');
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf);
    xhr.upload.addEventListener('progress', e => { if (e.lengthComputable) onProgress(e.loaded, e.total); });
    xhr.addEventListener('load', () => {
      let json = null;
      try { json = JSON.parse(xhr.responseText); } catch (e) { json = null; }
      if (xhr.status >= 200 && xhr.status < 300) resolve(json);
      else reject(new ApiError(xhr.status, json && json.error ? json.error : { message: xhr.statusText }));
    });
    xhr.addEventListener('error', () => reject(new ApiError(0, { message: 'Mất kết nối tới máy chủ.', message_en: 'The connection to the server was lost.' })));
    xhr.send(form);
  });
}
