// Vietnamese first, English second (DESIGN §2). Every text a person reads is a key here; a page registers
// its own strings with define() so they live beside the code that shows them. The browser tests read
// messages() to check that the English toggle leaves no Vietnamese label on screen.
'use strict';

const MESSAGES = new Map();
let language = 'vi';

export const ZONE = 'Asia/Ho_Chi_Minh';

/** Registers strings: { key: ['tiếng Việt', 'English'] }. */
export function define(dict) {
  for (const [key, pair] of Object.entries(dict)) MESSAGES.set(key, pair);
}

export function messages() {
  return MESSAGES;
}

export function setLanguage(lang) {
  language = lang === 'en' ? 'en' : 'vi';
  document.documentElement.lang = language;
}

export function lang() {
  return language;
}

/** The text for key in the current language; {name} placeholders filled from vars. */
export function t(key, vars) {
  const pair = MESSAGES.get(key);
  let text = pair ? pair[language === 'en' ? 1 : 0] : key;
  if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, v);
  return text;
}

/** A server error in the user's language (the API sends both). */
export function errorText(error) {
  if (error && error.message_en !== undefined) return language === 'en' ? error.message_en : error.message;
  return String(error && error.message ? error.message : error);
}

function locale() {
  return language === 'en' ? 'en-GB' : 'vi-VN';
}

export function num(n, digits = 0) {
  if (n === null || n === undefined) return '—';
  return Number(n).toLocaleString(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function pct(share) {
  if (share === null || share === undefined) return '—';
  return (share * 100).toLocaleString(locale(), { maximumFractionDigits: 1 }) + ' %';
}

/** 22/11/2026 from an ISO day or instant, in Hà Nội time. */
export function date(value) {
  if (!value) return '—';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(value));
}

/** 06:30:05 in Hà Nội time. */
export function time(instant, seconds = true) {
  if (!instant) return '—';
  return new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit',
    second: seconds ? '2-digit' : undefined, hour12: false }).format(new Date(instant));
}

export function dateTime(instant) {
  return instant ? `${time(instant, false)} ${date(instant)}` : '—';
}

/** The YYYY-MM-DD day of an instant in Hà Nội time. */
/** A day (yyyy-mm-dd) spelled out with its weekday: "Thứ Năm, 19/11/2026". */
export function longDate(day) {
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' })
    .format(new Date(day + 'T00:00:00Z'));
}

export function dayOf(instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant));
}

export function addDays(day, n) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function duration(ms) {
  if (ms === null || ms === undefined) return '—';
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function bytes(n) {
  if (n === null || n === undefined) return '—';
  if (n >= 1e9) return num(n / 1e9, 1) + ' GB';
  if (n >= 1e6) return num(n / 1e6, 1) + ' MB';
  return num(n / 1e3, 0) + ' kB';
}
