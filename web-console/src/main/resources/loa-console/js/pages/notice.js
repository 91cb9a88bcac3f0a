// An urgent notice: pick the audio, where and when, then confirm on a second step before it goes out.
'use strict';

import { api } from '../api.js';
import { define, t, dateTime, num, lang } from '../i18n.js';
import { h, fill, add, field, select, status, showError } from '../dom.js';
import { orgUnits, unitName, unitChecks } from '../common.js';

define({
  'notice.title': ['Phát thông báo khẩn', 'Issue an urgent notice'],
  'notice.name': ['Tiêu đề thông báo', 'Notice title'],
  'notice.program': ['Âm thanh (chương trình đã duyệt)', 'Audio (an approved program)'],
  'notice.units': ['Phát tại (đánh dấu các đơn vị)', 'Air in (tick the units)'],
  'notice.when': ['Thời điểm phát (để trống: phát ngay)', 'When to air (empty: at once)'],
  'notice.override': ['Phát cả ngoài khung giờ của đài', 'Air outside the stations\' windows too'],
  'notice.repeat': ['Số lần phát', 'Times to air'],
  'notice.interval': ['Cách nhau (phút)', 'Minutes apart'],
  'notice.review': ['Xem lại trước khi phát', 'Review before issuing'],
  'notice.confirmTitle': ['Xác nhận phát thông báo khẩn', 'Confirm the urgent notice'],
  'notice.confirmText': ['Thông báo "{title}" sẽ phát {repeat} lần tại: {units}. Thời điểm: {when}. Chương trình đang phát tại đài sẽ bị ngắt.',
    'The notice "{title}" will air {repeat} times in: {units}. When: {when}. Whatever is airing at the stations will be cut.'],
  'notice.now': ['ngay bây giờ', 'now'],
  'notice.confirm': ['Xác nhận và phát', 'Confirm and issue'],
  'notice.back': ['Quay lại sửa', 'Go back and edit'],
  'notice.issued': ['Đã phát thông báo tới {n} đài.', 'Notice issued to {n} stations.'],
  'notice.reach': ['Thông báo sẽ tới {n} đài.', 'The notice will reach {n} stations.'],
  'notice.follow': ['Theo dõi thông báo này', 'Follow this notice']
});

/** The warnings the server gives about stations that cannot air the notice, in the user's language. */
function warningLines(warnings) {
  return h('div', { class: 'warnings' }, (warnings || []).map(w => h('p', { class: 'status warn' }, lang() === 'en' ? w.message_en : w.message)));
}

export default {
  async render(main) {
    const units = await orgUnits();
    const programs = (await api.get('/api/v1/programs?status=approved')).items;
    const title = h('input', { required: true, maxlength: '200' });
    const program = select(programs.map(p => [String(p.id), p.title]), null, { required: true });
    const targets = unitChecks(t('notice.units'), units, ['province', 'district', 'commune'], [], { id: 'notice-units' });
    const when = h('input', { type: 'datetime-local' });
    const override = h('input', { type: 'checkbox' });
    const repeat = h('input', { type: 'number', min: '1', max: '20', value: '1' });
    const interval = h('input', { type: 'number', min: '0', max: '1440', value: '0' });
    const message = status('');
    const confirmBox = h('div', { hidden: true, role: 'alertdialog', 'aria-labelledby': 'notice-confirm-title' });
    const form = h('form', {}, field('notice.name', title), field('notice.program', program), targets.element,
      field('notice.when', when), h('p', { class: 'field' }, h('label', { class: 'check' }, override, ' ', t('notice.override'))),
      h('div', { class: 'row' }, field('notice.repeat', repeat), field('notice.interval', interval)),
      h('p', {}, h('button', { type: 'submit' }, t('notice.review'))));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const chosen = targets.value();
      // datetime-local is the officer's wall clock in Hà Nội (UTC+7, no daylight saving)
      const airAt = when.value ? new Date(when.value + ':00+07:00').toISOString().replace(/\.\d+Z$/, 'Z') : null;
      const body = { title: title.value.trim(), program_id: Number(program.value), target_units: chosen, override_windows: override.checked,
        repeat: Number(repeat.value), interval_minutes: Number(interval.value) };
      if (airAt) body.air_at = airAt;
      let reach;
      try {
        reach = await api.post('/api/v1/notices/preview', body);
      } catch (e) {
        showError(message, e);
        return;
      }
      form.hidden = true;
      const ok = h('button', { type: 'button', id: 'notice-confirm' }, t('notice.confirm'));
      const back = h('button', { type: 'button', class: 'secondary' }, t('notice.back'));
      confirmBox.replaceChildren(h('h2', { id: 'notice-confirm-title' }, t('notice.confirmTitle')),
        h('p', {}, t('notice.confirmText', { title: body.title, repeat: body.repeat, units: chosen.map(c => unitName(units, c)).join(', '),
          when: airAt ? dateTime(airAt) : t('notice.now') })), h('p', {}, t('notice.reach', { n: num(reach.stations) })),
        warningLines(reach.warnings), h('p', { class: 'actions' }, ok, back));
      confirmBox.hidden = false;
      ok.focus();
      back.addEventListener('click', () => { confirmBox.hidden = true; form.hidden = false; });
      ok.addEventListener('click', async () => {
        try {
          const issued = await api.post('/api/v1/notices', body);
          confirmBox.replaceChildren(h('p', { class: 'status ok' }, t('notice.issued', { n: num(issued.stations) })),
            warningLines(issued.warnings), h('p', {}, h('a', { href: '#/notices/' + issued.id, id: 'notice-follow' }, t('notice.follow'))));
        } catch (e) {
          showError(message, e);
          confirmBox.hidden = true;
          form.hidden = false;
        }
      });
    });
    fill(main, h('h1', {}, t('notice.title')), form, confirmBox, message);
  }
};
