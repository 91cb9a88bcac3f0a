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
  'settings.saved': ['Đã lưu cài đặt.', 'Settings saved.'],
  'settings.separationOn': ['Hai lượt phát của cùng một chương trình tại một đài cách nhau ít nhất {n} phút.',
    'Two airings of one program at a station start at least {n} minutes apart.'],
  'settings.horizonIs': ['Lịch phát gửi trước cho đài: {n} ngày (mất kết nối lâu hơn thì phát dự phòng).',
    'Schedule sent ahead to stations: {n} days (cut off longer, they air the fallback).'],
  'settings.horizonInstance': ['Lịch phát gửi trước cho đài: theo mặc định của hệ thống.', 'Schedule sent ahead to stations: the system default.'],
  'settings.separation': ['Khoảng cách tối thiểu giữa hai lượt phát một chương trình (phút, 0 = không đặt)',
    'Least minutes between two airings of one program (0: none)'],
  'settings.horizon': ['Số ngày lịch phát gửi trước (1–31, để trống = mặc định)', 'Days of schedule sent ahead (1–31, empty: the default)']
});

function facts(s) {
  return h('ul', { class: 'settings-facts' },
    h('li', {}, t('settings.quiet', { after: s.quiet_hours.not_after, before: s.quiet_hours.not_before })),
    h('li', {}, t(s.quiet_hours_strict ? 'settings.strictOn' : 'settings.strictOff')),
    h('li', {}, t(s.second_approval ? 'settings.secondOn' : 'settings.secondOff')),
    s.min_separation_minutes > 0 ? h('li', {}, t('settings.separationOn', { n: s.min_separation_minutes })) : null,
    h('li', {}, s.horizon_days ? t('settings.horizonIs', { n: s.horizon_days }) : t('settings.horizonInstance')));
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
  const separation = h('input', { type: 'number', min: '0', max: '720', value: String(s.min_separation_minutes || 0) });
  const horizon = h('input', { type: 'number', min: '1', max: '31', value: s.horizon_days ? String(s.horizon_days) : '' });
  const message = status('');
  const el = h('form', { class: 'settings-form' }, field('settings.notBefore', notBefore), field('settings.notAfter', notAfter),
    strict.element, second.element, field('settings.separation', separation), field('settings.horizon', horizon),
    h('p', {}, h('button', { type: 'submit' }, t('common.save'))), message);
  el.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      const saved = await api.put('/api/v1/org-units/' + encodeURIComponent(code) + '/settings', {
        quiet_hours: { not_before: notBefore.value, not_after: notAfter.value },
        quiet_hours_strict: strict.box.checked, second_approval: second.box.checked,
        min_separation_minutes: Number(separation.value || 0), horizon_days: horizon.value ? Number(horizon.value) : null });
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
