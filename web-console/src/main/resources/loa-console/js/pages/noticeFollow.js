// One urgent notice followed station by station: received by the agent, aired, missed; a planner may cancel it.
'use strict';

import { api } from '../api.js';
import { define, t, dateTime, time, num, lang } from '../i18n.js';
import { h, fill, table, row, status, section, showError } from '../dom.js';
import { noticeProgress } from './noticeProgress.js';

define({
  'noticeFollow.issued': ['Ban hành lúc {at} bởi đơn vị {unit}; âm thanh: {program}', 'Issued at {at} by unit {unit}; audio: {program}'],
  'noticeFollow.cancelledAt': ['Đã huỷ lúc {at} ({by}).', 'Cancelled at {at} ({by}).'],
  'noticeFollow.airings': ['Các lượt phát theo đài', 'Airings by station'],
  'noticeFollow.station': ['Đài', 'Station'],
  'noticeFollow.planned': ['Giờ phát', 'Planned'],
  'noticeFollow.received': ['Phần mềm tại đài nhận lúc', 'Received at'],
  'noticeFollow.aired': ['Phát thực tế', 'Aired'],
  'noticeFollow.state': ['Trạng thái', 'State'],
  'noticeFollow.reason': ['Ghi chú', 'Note'],
  'noticeFollow.cancel': ['Huỷ thông báo', 'Cancel the notice'],
  'noticeFollow.cancelConfirm': ['Huỷ thông báo "{title}"? Các lượt chưa phát sẽ bị rút khỏi lịch, lượt đang phát sẽ dừng ngay. Những lượt đã phát vẫn giữ trong nhật ký.',
    'Cancel the notice "{title}"? Airings not yet aired are withdrawn, one on air stops at once. What aired stays in the log.'],
  'noticeFollow.cancelYes': ['Xác nhận huỷ', 'Confirm cancelling'],
  'noticeFollow.cancelNo': ['Không huỷ', 'Keep it'],
  'noticeFollow.cancelled': ['Đã huỷ thông báo; lịch của {n} đài đã được cập nhật.', 'Notice cancelled; {n} stations\' schedules updated.'],
  'noticeFollow.none': ['Không có đài nào trong phạm vi của bạn nhận thông báo này.', 'No station in your scope receives this notice.']
});

export default {
  async render(main, { session, params }) {
    const id = params[0];
    const n = await api.get('/api/v1/notices/' + id);
    const writer = ['admin', 'planner'].includes(session.user.role) && !n.cancelled_at;
    const message = status('');
    const en = lang() === 'en';
    const warnings = n.warnings.map(w => h('p', { class: 'status warn' }, en ? w.message_en : w.message));
    const actions = h('p', { class: 'actions' });
    if (writer) {
      const cancel = h('button', { type: 'button', class: 'danger', id: 'notice-cancel' }, t('noticeFollow.cancel'));
      cancel.addEventListener('click', () => confirmCancel(actions, n, message));
      actions.append(cancel);
    }
    fill(main, h('h1', {}, n.title),
      h('p', {}, t('noticeFollow.issued', { at: dateTime(n.issued_at), unit: n.issued_by_unit_code, program: n.program_title || '#' + n.program_id })),
      n.cancelled_at ? h('p', { class: 'status warn' }, t('noticeFollow.cancelledAt', { at: dateTime(n.cancelled_at), by: n.cancelled_by || '' })) : null,
      h('p', { id: 'notice-progress' }, noticeProgress(n.progress)), warnings, actions, message,
      section('noticeFollow.airings', n.airings.length === 0 ? h('p', {}, t('noticeFollow.none')) : table(null,
        [t('noticeFollow.station'), t('noticeFollow.planned'), t('noticeFollow.received'), t('noticeFollow.aired'), t('noticeFollow.state'),
          t('noticeFollow.reason')],
        n.airings.map(a => row(a.station_name, a.planned_start ? dateTime(a.planned_start) : '—',
          a.received_at ? time(a.received_at) : '—',
          a.actual_start ? `${time(a.actual_start)}–${a.actual_end ? time(a.actual_end) : ''}` : '—',
          h('span', { class: 'state ' + a.status }, en ? a.status_en : a.status_vi),
          a.reason || a.withdrawn_reason || '')), { id: 'notice-airings' })));
  }
};

/** A second step before cancelling, as for issuing: say what it does, then do it. */
function confirmCancel(actions, n, message) {
  const yes = h('button', { type: 'button', class: 'danger', id: 'notice-cancel-confirm' }, t('noticeFollow.cancelYes'));
  const no = h('button', { type: 'button', class: 'secondary' }, t('noticeFollow.cancelNo'));
  const box = h('div', { role: 'alertdialog', 'aria-labelledby': 'notice-cancel-text' },
    h('p', { id: 'notice-cancel-text' }, t('noticeFollow.cancelConfirm', { title: n.title })), h('p', { class: 'actions' }, yes, no));
  const before = [...actions.childNodes];
  actions.replaceChildren(box);
  yes.focus();
  no.addEventListener('click', () => actions.replaceChildren(...before));
  yes.addEventListener('click', async () => {
    try {
      const done = await api.post('/api/v1/notices/' + n.id + '/cancel', {});
      actions.replaceChildren(h('p', { class: 'status ok' }, t('noticeFollow.cancelled', { n: num(done.stations) })));
    } catch (e) {
      actions.replaceChildren(...before);
      showError(message, e);
    }
  });
}
