// The province's settings on the units page: quiet hours, whether they are strict, second-person approval.
// Everyone reads them (an officer must know when the loudspeakers stay silent); an admin of the whole
// province changes them.
'use strict';

import { api } from '../api.js';
import { define, t } from '../i18n.js';
import { h, field, status, section, showError } from '../dom.js';

define({
  'settings.title': ['Cài đặt của {province}', 'Settings of {province}'],
  'settings.quiet': ['Giờ yên tĩnh: không phát từ {after} đến {before} hôm sau', 'Quiet hours: no airing from {after} to {before}'],
  'settings.strictOn': ['Khung giờ rơi vào giờ yên tĩnh bị từ chối (trừ khi đài ghi lý do miễn).',
    'A window inside the quiet hours is refused (unless the station records a waiver).'],
  'settings.strictOff': ['Khung giờ rơi vào giờ yên tĩnh chỉ được cảnh báo, vẫn phát như đã ghi.',
    'A window inside the quiet hours is only warned about and airs as written.'],
  'settings.secondOn': ['Chương trình phải do người thứ hai duyệt (người tải lên không tự duyệt).',
    'A program is approved by a second person (not the one who uploaded it).'],
  'settings.secondOff': ['Người tải lên được tự duyệt chương trình.', 'The person who uploads a program may approve it.'],
  'settings.notBefore': ['Được phát từ', 'Airing allowed from'],
  'settings.notAfter': ['Được phát đến', 'Airing allowed until'],
  'settings.strict': ['Từ chối khung giờ rơi vào giờ yên tĩnh', 'Refuse windows inside the quiet hours'],
  'settings.second': ['Yêu cầu người thứ hai duyệt chương trình', 'Require a second person to approve programs'],
  'settings.saved': ['Đã lưu cài đặt.', 'Settings saved.']
});

function facts(s) {
  return h('ul', { class: 'settings-facts' },
    h('li', {}, t('settings.quiet', { after: s.quiet_hours.not_after, before: s.quiet_hours.not_before })),
    h('li', {}, t(s.quiet_hours_strict ? 'settings.strictOn' : 'settings.strictOff')),
    h('li', {}, t(s.second_approval ? 'settings.secondOn' : 'settings.secondOff')));
}

function check(labelKey, checked) {
  const box = h('input', { type: 'checkbox', checked: checked || null });
  return { box, element: h('p', { class: 'field' }, h('label', { class: 'check' }, box, ' ', t(labelKey))) };
}

function form(code, s, onSaved) {
  const notBefore = h('input', { type: 'time', value: s.quiet_hours.not_before, required: true });
  const notAfter = h('input', { type: 'time', value: s.quiet_hours.not_after, required: true });
  const strict = check('settings.strict', s.quiet_hours_strict);
  const second = check('settings.second', s.second_approval);
  const message = status('');
  const el = h('form', { class: 'settings-form' }, field('settings.notBefore', notBefore), field('settings.notAfter', notAfter),
    strict.element, second.element, h('p', {}, h('button', { type: 'submit' }, t('common.save'))), message);
  el.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const saved = await api.put('/api/v1/org-units/' + encodeURIComponent(code) + '/settings', {
        quiet_hours: { not_before: notBefore.value, not_after: notAfter.value },
        quiet_hours_strict: strict.box.checked, second_approval: second.box.checked });
      onSaved(saved);
    } catch (e) {
      showError(message, e);
    }
  });
  return el;
}

/** The settings section for the province above {@code code}; with the form for an admin of the whole province. */
export async function provinceSettingsSection(code, user) {
  const s = await api.get('/api/v1/org-units/' + encodeURIComponent(code) + '/settings');
  const admin = user.role === 'admin' && (!user.scope_code || user.scope_code === s.province_code);
  const body = h('div', { class: 'province-settings', 'data-province': s.province_code });
  const show = (settings, saved) => {
    body.replaceChildren(facts(settings), saved ? status(t('settings.saved'), 'ok') : null,
      admin ? form(code, settings, next => show(next, true)) : null);
  };
  show(s, false);
  const el = section('settings.title', body);
  el.querySelector('h2').textContent = t('settings.title', { province: s.province_name });
  return el;
}
