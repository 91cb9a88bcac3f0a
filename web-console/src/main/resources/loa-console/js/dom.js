// Small DOM builders: every page makes its elements with h(), so text always goes in as text, never as HTML.
'use strict';

import { t, longDate } from './i18n.js';

/** h('a', { href: '#/x', class: 'y' }, 'text', child) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else if (k === 'checked') el.checked = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else el.append(c instanceof Node ? c : String(c));
  }
}

/** Replaces an element's children, skipping the null and false that conditional parts leave. */
export function fill(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

/** Appends children, skipping null and false. */
export function add(el, ...children) {
  append(el, children);
}

let ids = 0;
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** A labelled control: field('programs.title', h('input', {...})). */
export function field(labelKey, control, hint) {
  if (!control.id) control.id = uid('f');
  const hintEl = hint ? h('small', { id: control.id + '-hint' }, hint)
    : (control.tagName === 'INPUT' && control.type === 'date' ? dayHint(control) : null);
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('p', { class: 'field' }, h('label', { for: control.id }, t(labelKey)), control, hintEl);
}

// A date picker shows the browser's own order (mm/dd/yyyy in an English Chrome, common on office PCs):
// the chosen day spelled out under it leaves no doubt whether 06/11 is June or November.
function dayHint(control) {
  const hint = h('small', { id: control.id + '-day', class: 'day-hint' });
  const show = () => { hint.textContent = control.value ? longDate(control.value) : ''; };
  control.addEventListener('input', show);
  control.addEventListener('change', show);
  show();
  return hint;
}

export function select(options, value, attrs) {
  return h('select', attrs || {}, options.map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
}

/** A table in a scroll box that keyboard users can scroll too. */
export function table(captionKey, headers, rows, attrs) {
  // a "stack" table turns into one card per row on a phone: each cell names its column (console.css)
  if (attrs && /\bstack\b/.test(attrs.class || '')) {
    for (const tr of rows.flat()) {
      [...tr.children].forEach((td, i) => { if (headers[i] && !td.hasAttribute('data-label')) td.setAttribute('data-label', headers[i]); });
    }
  }
  const tbl = h('table', attrs || {},
    captionKey ? h('caption', {}, t(captionKey)) : null,
    h('thead', {}, h('tr', {}, headers.map(x => h('th', { scope: 'col' }, x)))),
    h('tbody', {}, rows));
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': captionKey ? t(captionKey) : t('common.table') },
    tbl);
}

export function row(...cells) {
  return h('tr', {}, cells.map(c => (c instanceof Node && c.tagName === 'TD') ? c : h('td', {}, c)));
}

export function link(href, text) {
  return h('a', { href }, text);
}

/** A status line read out by screen readers when it changes. */
export function status(text, kind) {
  return h('p', { role: 'status', class: kind ? 'status ' + kind : 'status' }, text);
}

/** Shows a failure in a status line, styled as an error; role=status makes screen readers say it. */
export function showError(line, error) {
  line.className = 'status error';
  line.textContent = error.message;
}

/**
 * A destructive button that asks first: the question, then Yes / No; {@code action} runs on Yes and a
 * refusal from the server is shown in {@code message}. Returns the button and its (hidden) question.
 */
export function confirmButton(id, label, question, yes, no, action, message) {
  const box = h('div', { role: 'alertdialog', hidden: true, 'aria-labelledby': id + '-text' });
  const button = h('button', { type: 'button', class: 'danger', id }, label);
  button.addEventListener('click', () => {
    const ok = h('button', { type: 'button', class: 'danger', id: id + '-confirm' }, yes);
    const keep = h('button', { type: 'button', class: 'secondary' }, no);
    box.replaceChildren(h('p', { id: id + '-text' }, question), h('p', { class: 'actions' }, ok, keep));
    box.hidden = false;
    ok.focus();
    keep.addEventListener('click', () => { box.hidden = true; button.focus(); });
    ok.addEventListener('click', async () => {
      try {
        await action();
      } catch (e) {
        box.hidden = true;
        showError(message, e);
      }
    });
  });
  return [button, box];
}

export function section(titleKey, ...children) {
  const id = uid('s');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, t(titleKey)), children);
}
