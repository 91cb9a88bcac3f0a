// For admins, on the units page: add a unit, rename, retype or move one (as the 2025 reform moved communes
// to their province), or delete one that holds nothing. The server checks scope and what may be deleted.
'use strict';

import { api } from '../api.js';
import { define, t } from '../i18n.js';
import { h, field, select, section, status, showError, confirmButton } from '../dom.js';
import { unitOptions, forgetUnits } from '../common.js';
import { word, words } from '../vocabulary.js';

define({
  'unitEdit.title': ['Thêm, sửa hoặc xoá đơn vị', 'Add, change or delete a unit'],
  'unitEdit.add': ['Thêm đơn vị', 'Add a unit'],
  'unitEdit.change': ['Sửa đơn vị', 'Change a unit'],
  'unitEdit.code': ['Mã đơn vị (mã thống kê)', 'Unit code (statistics code)'],
  'unitEdit.name': ['Tên đơn vị', 'Unit name'],
  'unitEdit.type': ['Loại (Tỉnh, Xã, Phường, Đặc khu…)', 'Type (Tỉnh, Xã, Phường, Đặc khu…)'],
  'unitEdit.level': ['Cấp', 'Level'],
  'unitEdit.parent': ['Thuộc đơn vị', 'Part of'],
  'unitEdit.none': ['(không có: cấp tỉnh)', '(none: a province)'],
  'unitEdit.unit': ['Đơn vị', 'Unit'],
  'unitEdit.save': ['Lưu', 'Save'],
  'unitEdit.create': ['Thêm', 'Add'],
  'unitEdit.saved': ['Đã lưu {name}.', 'Saved {name}.'],
  'unitEdit.delete': ['Xoá đơn vị này', 'Delete this unit'],
  'unitEdit.deleteConfirm': ['Xoá hẳn đơn vị "{name}"? Chỉ xoá được đơn vị không còn đơn vị con và không có đài.',
    'Delete the unit "{name}" for good? Only a unit with no units under it and no station can be deleted.'],
  'unitEdit.deleteYes': ['Xác nhận xoá', 'Confirm deleting'],
  'unitEdit.deleteNo': ['Không xoá', 'Keep it']
});

const ALL_LEVELS = ['province', 'district', 'commune'];

function addForm(units, done) {
  const code = h('input', { required: true, maxlength: '10' });
  const name = h('input', { required: true, maxlength: '200' });
  const type = h('input', { maxlength: '60' });
  const level = select(words('org_unit_level').filter(l => ALL_LEVELS.includes(l)).map(l => [l, word('org_unit_level', l)]), 'commune');
  const parent = select([['', t('unitEdit.none')], ...unitOptions(units, false, ['province', 'district'])], '');
  const message = status('');
  const form = h('form', { id: 'unit-add' }, h('h3', {}, t('unitEdit.add')), h('div', { class: 'row' }, field('unitEdit.code', code),
    field('unitEdit.name', name), field('unitEdit.type', type), field('unitEdit.level', level), field('unitEdit.parent', parent)),
    h('p', {}, h('button', { type: 'submit' }, t('unitEdit.create'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const u = await api.post('/api/v1/org-units', { code: code.value.trim(), name: name.value.trim(), type: type.value.trim() || null,
        level: level.value, parent_code: parent.value || null });
      done(u);
    } catch (e) {
      showError(message, e);
    }
  });
  return form;
}

function changeForm(units, done) {
  const pick = select(unitOptions(units, false, ALL_LEVELS), units.roots.length ? units.roots[0].code : '', { id: 'unit-pick' });
  const name = h('input', { required: true, maxlength: '200' });
  const type = h('input', { maxlength: '60' });
  const parent = select([['', t('unitEdit.none')], ...unitOptions(units, false, ['province', 'district'])], '');
  const message = status('');
  const remove = h('span', {});
  const load = () => {
    const u = units.byCode.get(pick.value);
    if (!u) return;
    name.value = u.name;
    type.value = u.type || '';
    parent.value = u.parent_code || '';
    remove.replaceChildren(...confirmButton('unit-delete', t('unitEdit.delete'), t('unitEdit.deleteConfirm', { name: u.name }),
      t('unitEdit.deleteYes'), t('unitEdit.deleteNo'), async () => { await api.del('/api/v1/org-units/' + u.code); done(u); }, message));
  };
  pick.addEventListener('change', load);
  const form = h('form', { id: 'unit-change' }, h('h3', {}, t('unitEdit.change')), field('unitEdit.unit', pick),
    h('div', { class: 'row' }, field('unitEdit.name', name), field('unitEdit.type', type), field('unitEdit.parent', parent)),
    h('p', { class: 'actions' }, h('button', { type: 'submit' }, t('unitEdit.save')), remove), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const u = await api.put('/api/v1/org-units/' + pick.value, { name: name.value.trim(), type: type.value.trim() || null,
        parent_code: parent.value || null });
      done(u);
    } catch (e) {
      showError(message, e);
    }
  });
  load();
  return form;
}

/** {@code reload}: render the units page again once the tree changed. */
export function unitEditorSection(units, reload) {
  const done = () => { forgetUnits(); reload(); };
  return section('unitEdit.title', addForm(units, done), changeForm(units, done));
}
