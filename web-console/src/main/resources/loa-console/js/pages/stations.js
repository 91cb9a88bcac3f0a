// Every station of the user's scope as it stands now: the list an officer or supervisor opens first to find
// the station to call. Searchable by name or code, filtered by state and unit; silent ones come first.
'use strict';

import { api, query } from '../api.js';
import { define, t, num, dateTime } from '../i18n.js';
import { h, fill, field, select, table, row, link, status } from '../dom.js';
import { orgUnits, unitName, unitOptions } from '../common.js';
import { stationsMap } from './stationsMap.js';

define({
  'stations.title': ['Các đài và trạng thái', 'Stations and their state'],
  'stations.search': ['Tìm theo tên hoặc mã đài', 'Search by name or code'],
  'stations.state': ['Trạng thái', 'State'],
  'stations.unit': ['Đơn vị', 'Unit'],
  'stations.any': ['Mọi trạng thái', 'Any state'],
  'stations.silent': ['Im lặng', 'Silent'],
  'stations.online': ['Đang hoạt động', 'Online'],
  'stations.never_heard': ['Chưa kết nối', 'Never connected'],
  'stations.sites': ['Điểm phát', 'Sites'],
  'stations.sitesValue': ['{online}/{all} đang hoạt động', '{online}/{all} online'],
  'stations.lastHeard': ['Tín hiệu gần nhất', 'Last heard'],
  'stations.backlog': ['Bản ghi chưa gửi', 'Records not sent'],
  'stations.clock': ['Lệch đồng hồ', 'Clock offset'],
  'stations.count': ['{shown} trong {all} đài', '{shown} of {all} stations'],
  'stations.none': ['Không có đài nào khớp.', 'No station matches.'],
  'stations.week': ['Xem cả tuần của các đài này', 'See the week of these stations'],
  'stations.view': ['Cách xem', 'View'],
  'stations.asList': ['Danh sách', 'List'],
  'stations.asMap': ['Bản đồ và sơ đồ', 'Map and schematic']
});

const STATES = ['silent', 'never_heard', 'online'];

export default {
  async render(main, { query: q }) {
    const units = await orgUnits();
    const unit = q.get('unit') || '';
    const data = await api.get('/api/v1/reports/stations-now' + query({ unit: unit || null }));
    const search = h('input', { type: 'search', value: q.get('q') || '' });
    const state = select([['', t('stations.any')], ...STATES.map(s => [s, t('stations.' + s)])], q.get('state') || '');
    const unitPick = select(unitOptions(units, true, ['province', 'district', 'commune', 'group']), unit);
    const count = status('');
    const body = h('div', {});
    const drawn = q.get('view') === 'map';
    // the other view keeps the filters as they stand (a link, so the live refresh goes on: a button would pause it)
    const views = [['list', t('stations.asList')], ['map', t('stations.asMap')]].map(([view, label]) =>
      h('a', { href: '#', 'data-view': view, 'aria-current': (view === 'map') === drawn ? 'page' : null }, label));
    const draw = () => {
      const words = search.value.trim().toLowerCase();
      const shown = data.items.filter(s => (!state.value || s.state === state.value)
        && (!words || s.name.toLowerCase().includes(words) || s.code.toLowerCase().includes(words)));
      count.textContent = t('stations.count', { shown: num(shown.length), all: num(data.items.length) });
      for (const a of views) {
        a.href = '#/stations' + query({ unit: unit || null, q: search.value.trim() || null, state: state.value || null,
          view: a.dataset.view === 'map' ? 'map' : null });
      }
      body.replaceChildren(shown.length === 0 ? h('p', {}, t('stations.none')) : drawn ? stationsMap(shown, units, data.map_tiles) : table(null,
        [t('common.station'), t('stations.unit'), t('stations.state'), t('stations.sites'), t('stations.lastHeard'),
          t('stations.backlog'), t('stations.clock')],
        shown.map(s => {
          const all = (s.sites.online || 0) + (s.sites.silent || 0) + (s.sites.never_heard || 0);
          return row(link('#/stations/' + s.station_id, `${s.name} (${s.code})`), unitName(units, s.commune_code),
            h('td', {}, h('span', { class: 'badge ' + s.state, 'data-state': s.state }, t('stations.' + s.state))),
            t('stations.sitesValue', { online: num(s.sites.online || 0), all: num(all) }), dateTime(s.last_heard_at),
            s.outbox_backlog == null ? '—' : num(s.outbox_backlog),
            s.clock_offset_ms == null ? '—' : `${num(s.clock_offset_ms / 1000, 1)} s`);
        }), { id: 'stations-now' }));
    };
    search.addEventListener('input', draw);
    state.addEventListener('change', draw);
    unitPick.addEventListener('change', () => {
      location.hash = '#/stations' + query({ unit: unitPick.value || null, view: drawn ? 'map' : null });
    });
    fill(main, h('h1', {}, t('stations.title')),
      h('div', { class: 'filters' }, field('stations.search', search), field('stations.state', state), field('stations.unit', unitPick)),
      h('nav', { class: 'views', 'aria-label': t('stations.view') }, views),
      h('p', {}, link('#/weeks' + query({ unit: unit || null }), t('stations.week'))), count, body);
    draw();
  }
};
