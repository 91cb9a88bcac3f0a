// CSV imports for admins, on the units page: org units, stations, planning groups. All rows or none; the
// answer is shown row by row — what was refused and why, or what was imported and what to read again.
'use strict';

import { api } from '../api.js';
import { define, t, num, lang } from '../i18n.js';
import { h, field, section, table, row, status } from '../dom.js';
import { forgetUnits } from '../common.js';

define({
  'imports.title': ['Nhập từ tệp CSV', 'Import from a CSV file'],
  'imports.hint': ['Cả tệp được nhập hoặc không dòng nào: nếu có dòng lỗi, các dòng lỗi được liệt kê để sửa rồi nhập lại cả tệp. Mẫu cột ở README.',
    'The whole file or nothing: if any row is wrong, those rows are listed to fix before importing the whole file again. The columns are in the README.'],
  'imports.org-units': ['Đơn vị hành chính (code, name, type, level, parent_code)', 'Org units (code, name, type, level, parent_code)'],
  'imports.stations': ['Đài truyền thanh (code, name, commune_code, languages, windows…)', 'Stations (code, name, commune_code, languages, windows…)'],
  'imports.planning-groups': ['Nhóm lập kế hoạch (group_code, group_name, province_code, commune_code)', 'Planning groups (group_code, group_name, province_code, commune_code)'],
  'imports.file': ['Tệp CSV', 'CSV file'],
  'imports.send': ['Nhập tệp', 'Import the file'],
  'imports.done': ['Đã nhập {rows} dòng: {created} mới, {updated} cập nhật.', 'Imported {rows} rows: {created} new, {updated} updated.'],
  'imports.warnings': ['Các dòng đã nhập nhưng cần xem lại', 'Rows imported that need a second look'],
  'imports.errors': ['Các dòng lỗi', 'The rows in error'],
  'imports.row': ['Dòng', 'Row'],
  'imports.problem': ['Vấn đề', 'Problem']
});

function rowsTable(rows, id) {
  const en = lang() === 'en';
  return table(null, [t('imports.row'), t('imports.problem')],
    rows.map(r => row(num(r.row), r.problems.map(p => en ? p.message_en : p.message).join(' '))), { id, class: 'stack' });
}

function importForm(kind) {
  const file = h('input', { type: 'file', accept: '.csv,text/csv', required: true });
  const result = h('div', { class: 'import-result', 'aria-live': 'polite' });
  const form = h('form', { class: 'import', 'data-kind': kind }, h('h3', {}, t('imports.' + kind)), field('imports.file', file),
    h('p', {}, h('button', { type: 'submit' }, t('imports.send'))), result);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (!file.files[0]) return;
    try {
      const r = await api.postFile('/api/v1/imports/' + kind, file.files[0], 'text/csv');
      forgetUnits();
      result.replaceChildren(status(t('imports.done', { rows: num(r.rows), created: num(r.created), updated: num(r.updated) }), 'ok'),
        ...(r.warnings && r.warnings.length ? [h('p', {}, t('imports.warnings')), rowsTable(r.warnings, 'import-warnings-' + kind)] : []));
    } catch (e) {
      const rows = e.error && e.error.details && e.error.details.rows;
      result.replaceChildren(h('p', { class: 'status error', role: 'alert' }, e.message),
        ...(rows ? [h('p', {}, t('imports.errors')), rowsTable(rows, 'import-errors-' + kind)] : []));
    }
  });
  return form;
}

export function importsSection() {
  return section('imports.title', h('p', { class: 'muted' }, t('imports.hint')),
    ['org-units', 'stations', 'planning-groups'].map(importForm));
}
