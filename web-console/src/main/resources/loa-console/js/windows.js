// The broadcast windows editor: one row per window, a checkbox per weekday, start and end times.
'use strict';

import { define, t } from './i18n.js';
import { h, uid } from './dom.js';
import { WEEKDAYS } from './common.js';

define({
  'win.caption': ['Khung giờ phát trong tuần', 'Weekly broadcast windows'],
  'win.start': ['Bắt đầu', 'Start'],
  'win.end': ['Kết thúc', 'End'],
  'win.remove': ['Xoá', 'Remove'],
  'win.removeLabel': ['Xoá khung giờ {n}', 'Remove window {n}'],
  'win.add': ['Thêm khung giờ', 'Add a window'],
  'win.dayLabel': ['Khung {n}: {day}', 'Window {n}: {day}'],
  'win.startLabel': ['Khung {n}: giờ bắt đầu', 'Window {n}: start time'],
  'win.endLabel': ['Khung {n}: giờ kết thúc', 'Window {n}: end time'],
  'win.number': ['Khung', 'Window'],
  'win.none': ['Chưa có khung giờ phát.', 'No broadcast window yet.']
});

/** A read-only weekday grid of a station's windows. */
export function windowsGrid(windows) {
  if (windows.length === 0) return h('p', {}, t('win.none'));
  return h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': t('win.caption') },
    h('table', { class: 'grid' }, h('caption', {}, t('win.caption')),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('win.number')),
        WEEKDAYS.map(d => h('th', { scope: 'col' }, t('day.' + d))),
        h('th', { scope: 'col' }, t('win.start')), h('th', { scope: 'col' }, t('win.end')))),
      h('tbody', {}, windows.map((w, i) => h('tr', {}, h('th', { scope: 'row' }, String(i + 1)),
        WEEKDAYS.map(d => h('td', { class: w.days.includes(d) ? 'on' : 'off' }, w.days.includes(d) ? '✓' : '')),
        h('td', {}, w.start), h('td', {}, w.end))))));
}

/** An editable grid; value() returns the windows as the API takes them. */
export function windowsEditor(initial) {
  const body = h('tbody', {});
  const addRow = w => {
    const n = body.children.length + 1;
    const tr = h('tr', {}, h('th', { scope: 'row' }, String(n)),
      WEEKDAYS.map(d => h('td', {}, h('input', { type: 'checkbox', value: d, checked: w.days.includes(d),
        'aria-label': t('win.dayLabel', { n, day: t('day.' + d) }) }))),
      h('td', {}, h('input', { type: 'time', class: 'start', value: w.start, required: true, 'aria-label': t('win.startLabel', { n }) })),
      h('td', {}, h('input', { type: 'time', class: 'end', value: w.end === '24:00' ? '23:59' : w.end, required: true,
        'aria-label': t('win.endLabel', { n }) })),
      h('td', {}, h('button', { type: 'button', 'aria-label': t('win.removeLabel', { n }), onclick: () => tr.remove() }, t('win.remove'))));
    body.append(tr);
  };
  initial.forEach(addRow);
  const id = uid('win');
  const element = h('fieldset', { class: 'windows' }, h('legend', { id }, t('win.caption')),
    h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': id },
      h('table', { class: 'grid' },
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('win.number')),
          WEEKDAYS.map(d => h('th', { scope: 'col' }, t('day.' + d))),
          h('th', { scope: 'col' }, t('win.start')), h('th', { scope: 'col' }, t('win.end')),
          h('th', { scope: 'col' }, t('win.remove')))),
        body)),
    h('button', { type: 'button', class: 'add-window', onclick: () => addRow({ days: WEEKDAYS.slice(0, 5), start: '06:00', end: '06:30' }) },
      t('win.add')));
  return {
    element,
    value: () => [...body.children].map(tr => ({
      days: [...tr.querySelectorAll('input[type=checkbox]:checked')].map(c => c.value),
      start: tr.querySelector('.start').value,
      end: tr.querySelector('.end').value === '23:59' ? '24:00' : tr.querySelector('.end').value
    })).filter(w => w.days.length > 0)
  };
}
