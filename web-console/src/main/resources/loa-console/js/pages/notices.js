// The urgent notices that reach the user's scope, each with how far it got; planners issue new ones here.
'use strict';

import { api, query } from '../api.js';
import { define, t, dateTime, num, date } from '../i18n.js';
import { h, fill, table, row, link, status } from '../dom.js';
import { noticeProgress } from './noticeProgress.js';

define({
  'notices.title': ['Thông báo khẩn', 'Urgent notices'],
  'notices.new': ['Phát thông báo khẩn', 'Issue an urgent notice'],
  'notices.period': ['Ban hành từ {from} đến {to}', 'Issued from {from} to {to}'],
  'notices.none': ['Không có thông báo khẩn nào trong thời gian này.', 'No urgent notice in this period.'],
  'notices.issued': ['Ban hành lúc', 'Issued at'],
  'notices.name': ['Thông báo', 'Notice'],
  'notices.progress': ['Tiến độ', 'Progress'],
  'notices.state': ['Trạng thái', 'State'],
  'notices.cancelled': ['Đã huỷ', 'Cancelled'],
  'notices.standing': ['Đang hiệu lực', 'Standing']
});

export default {
  async render(main, { session, query: q }) {
    const writer = ['admin', 'planner'].includes(session.user.role);
    const params = {};
    if (q.get('from')) params.from = q.get('from');
    if (q.get('to')) params.to = q.get('to');
    const list = await api.get('/api/v1/notices' + query(params));
    fill(main, h('h1', {}, t('notices.title')),
      writer ? h('p', { class: 'actions' }, h('a', { class: 'button', href: '#/notices/new' }, t('notices.new'))) : null,
      h('p', {}, t('notices.period', { from: date(list.from), to: date(list.to) })),
      list.items.length === 0 ? status(t('notices.none')) : table('notices.title',
        [t('notices.issued'), t('notices.name'), t('notices.progress'), t('notices.state')],
        list.items.map(n => row(dateTime(n.issued_at), link('#/notices/' + n.id, n.title), noticeProgress(n.progress),
          n.cancelled_at ? t('notices.cancelled') : t('notices.standing')))));
  }
};
