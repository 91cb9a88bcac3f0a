// The org-unit tree of the user's scope with each commune's stations; admins add stations from here.
'use strict';

import { api } from '../api.js';
import { define, t, num, dateTime } from '../i18n.js';
import { h, fill, add, link } from '../dom.js';
import { orgUnits, unitName, unitLabel, windowText } from '../common.js';
import { provinceSettingsSection } from './provinceSettings.js';
import { importsSection } from './imports.js';
import { unitEditorSection } from './unitEditor.js';

define({
  'units.title': ['Đơn vị hành chính và đài truyền thanh', 'Administrative units and stations'],
  'units.summary': ['{units} đơn vị, {stations} đài', '{units} units, {stations} stations'],
  'units.addStation': ['Thêm đài truyền thanh', 'Add a station'],
  'units.stations': ['{n} đài', '{n} stations'],
  'units.noAgent': ['chưa có phần mềm tại đài kết nối', 'no agent connected yet'],
  'units.lastSeen': ['phần mềm tại đài báo lúc {at}', 'agent last seen {at}'],
  'units.noWindow': ['chưa có khung giờ', 'no window yet'],
  'units.groups': ['Nhóm lập kế hoạch', 'Planning groups'],
  'units.groupsHint': ['Mỗi nhóm là một tập xã/phường trong tỉnh (ví dụ một huyện cũ), dùng làm đối tượng của chiến dịch và để tổng hợp báo cáo.',
    'Each group is a set of communes in the province (a former district, say), usable as a campaign target and a report roll-up.'],
  'units.groupMembers': ['{n} xã/phường: {names}', '{n} communes: {names}']
});

export default {
  async render(main, { session, go }) {
    const [units, stations] = await Promise.all([orgUnits(), api.get('/api/v1/stations')]);
    const byCommune = new Map();
    // an old commune's station joined into the new commune's airs there as sites: it is listed there, not here
    const live = stations.items.filter(st => st.merged_into_station_id == null);
    for (const s of live) {
      if (!byCommune.has(s.commune_code)) byCommune.set(s.commune_code, []);
      byCommune.get(s.commune_code).push(s);
    }
    // stations hang on the unit in force with their commune's code; a former unit lists none of its own
    const own = u => u.superseded_on ? [] : byCommune.get(u.code) || [];
    const count = u => own(u).length + u.children.reduce((n, c) => n + count(c), 0);
    const stationItem = s => h('li', {}, link('#/stations/' + s.id, `${s.name} (${s.code})`), ' — ',
      s.windows.map(windowText).join('; ') || t('units.noWindow'));
    const node = (u, open) => {
      const label = h('summary', {}, unitLabel(u), ' ', h('span', { class: 'muted' }, t('units.stations', { n: num(count(u)) })));
      return h('details', { open: (open && !u.superseded_on) || null, 'data-code': u.code,
        class: u.superseded_on ? 'former' : null }, label,
        own(u).length ? h('ul', { class: 'stations' }, own(u).map(stationItem)) : null,
        u.children.length ? h('ul', { class: 'tree' }, u.children.map(c => h('li', {}, node(c, false)))) : null);
    };
    fill(main, h('h1', {}, t('units.title')),
      h('p', {}, t('units.summary', { units: num(units.list.length), stations: num(live.length) })),
      session.user.role === 'admin' ? h('p', {}, h('a', { class: 'button', href: '#/stations/new' }, t('units.addStation'))) : null,
      h('div', { class: 'tree-root' }, units.roots.map(r => node(r, true))),
      units.groups.length === 0 ? null : h('section', { 'aria-labelledby': 'planning-groups' },
        h('h2', { id: 'planning-groups' }, t('units.groups')), h('p', { class: 'muted' }, t('units.groupsHint')),
        h('ul', { class: 'groups' }, units.groups.map(g => h('li', { 'data-code': g.code }, h('strong', {}, g.name), ' (', g.code, ') — ',
          t('units.groupMembers', { n: num(g.members.length), names: g.members.map(m => unitName(units, m)).join(', ') }))))));
    // the settings of the user's province, or of each province in force for a system-wide user
    const scopes = session.user.scope_code ? [session.user.scope_code]
      : units.roots.filter(r => !r.superseded_on).map(r => r.code).slice(0, 5);
    for (const code of scopes) add(main, await provinceSettingsSection(code, session.user));
    if (session.user.role === 'admin') add(main, unitEditorSection(units, () => go('#/units?t=' + Date.now())), importsSection());
  }
};
