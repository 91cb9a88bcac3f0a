// The audit log of the user's scope, newest first, a page at a time.
'use strict';

import { api, query } from '../api.js';
import { define, t, dateTime } from '../i18n.js';
import { h, fill, add, table, row, link } from '../dom.js';

define({
  'audit.title': ['Nhật ký thao tác', 'Audit log'],
  'audit.at': ['Lúc', 'At'],
  'audit.who': ['Người thực hiện', 'Who'],
  'audit.action': ['Thao tác', 'Action'],
  'audit.object': ['Đối tượng', 'Object'],
  'audit.unit': ['Đơn vị', 'Unit'],
  'audit.address': ['Địa chỉ máy', 'Address'],
  'audit.older': ['Cũ hơn', 'Older'],
  'audit.newest': ['Mới nhất', 'Newest'],
  'audit.empty': ['Chưa có thao tác nào.', 'Nothing recorded yet.']
});

export default {
  async render(main, { query: q }) {
    const page = await api.get('/api/v1/audit' + query({ limit: 50, before_id: q.get('before') }));
    fill(main, h('h1', {}, t('audit.title')),
      page.items.length === 0 ? h('p', {}, t('audit.empty')) : table('audit.title',
        [t('audit.at'), t('audit.who'), t('audit.action'), t('audit.object'), t('audit.unit'), t('audit.address')],
        page.items.map(e => row(dateTime(e.at), e.actor_name || e.actor_kind, e.action, `${e.object_type || ''} ${e.object_id || ''}`.trim(),
          e.org_unit_code || '—', e.remote_address || '—'))),
      h('p', { class: 'actions' }, q.get('before') ? link('#/audit', t('audit.newest')) : null,
        page.next_before_id ? link('#/audit?before=' + page.next_before_id, t('audit.older')) : null));
  }
};
