// The campaigns of the user's scope; planners draft new ones and issue urgent notices from here.
'use strict';

import { api } from '../api.js';
import { define, t, date, num } from '../i18n.js';
import { h, fill, add, table, row, link } from '../dom.js';
import { word } from '../vocabulary.js';
import { orgUnits, unitName } from '../common.js';

define({
  'campaigns.title': ['Chiến dịch phát thanh', 'Campaigns'],
  'campaigns.new': ['Tạo chiến dịch', 'New campaign'],
  'campaigns.notice': ['Phát thông báo khẩn', 'Issue an urgent notice'],
  'campaigns.period': ['Thời gian', 'Period'],
  'campaigns.priority': ['Mức ưu tiên', 'Priority'],
  'campaigns.target': ['Chỉ tiêu', 'Target'],
  'campaigns.status': ['Trạng thái', 'Status'],
  'campaigns.programs': ['Số chương trình', 'Programs'],
  'campaigns.none': ['Chưa có chiến dịch nào.', 'No campaign yet.'],
  'campaigns.owner': ['Đơn vị chủ trì', 'Owner'],
  'campaigns.fromAbove': ['{owner} (cấp trên, chỉ xem)', '{owner} (from above, read only)']
});

export default {
  async render(main, { session }) {
    const writer = ['admin', 'planner'].includes(session.user.role);
    const [list, units] = await Promise.all([api.get('/api/v1/campaigns').then(x => x.items), orgUnits()]);
    // a campaign owned above the user's scope fills their stations: listed, read only
    const owner = c => units.byCode.has(c.owner_unit_code) ? unitName(units, c.owner_unit_code)
      : t('campaigns.fromAbove', { owner: c.owner_unit_name || c.owner_unit_code });
    fill(main, h('h1', {}, t('campaigns.title')),
      writer ? h('p', { class: 'actions' }, h('a', { class: 'button', href: '#/campaigns/new' }, t('campaigns.new')),
        h('a', { class: 'button secondary', href: '#/notices/new' }, t('campaigns.notice'))) : null,
      list.length === 0 ? h('p', {}, t('campaigns.none')) : table('campaigns.title',
        [t('common.campaign'), t('campaigns.owner'), t('campaigns.status'), t('campaigns.period'), t('campaigns.priority'), t('campaigns.target'), t('campaigns.programs')],
        list.map(c => row(link('#/campaigns/' + c.id, c.name), owner(c), word('campaign_status', c.status), `${date(c.period_start)} – ${date(c.period_end)}`,
          word('priority', c.priority), `${c.target.count} ${word('target_kind', c.target.kind)}`, num(c.program_ids.length)))));
  }
};
