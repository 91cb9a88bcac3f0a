// A week at a glance for many: one row per station of a unit or planning group (or per site of one station,
// the old stations of a merged commune), seven days across, each day's airings as blocks coloured by what
// became of them. From the same schedule and records as a station's day; a station's name opens its own week.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, date, time, longDate, addDays, num } from '../i18n.js';
import { h, fill, field, select, table, row, link, status } from '../dom.js';
import { orgUnits, unitOptions, outcomeLabel } from '../common.js';

define({
  'weeks.title': ['Cả tuần của {name}', 'The week of {name}'],
  'weeks.bySite': ['Cả tuần của {name}, theo điểm phát', 'The week of {name}, site by site'],
  'weeks.unit': ['Đơn vị hoặc nhóm', 'Unit or group'],
  'weeks.place': ['Đài', 'Station'],
  'weeks.site': ['Điểm phát', 'Site'],
  'weeks.more': ['Còn {n} đài nữa không hiện: hãy chọn một đơn vị nhỏ hơn.', '{n} more stations not shown: choose a smaller unit.'],
  'weeks.none': ['Không có đài nào trong phạm vi này.', 'No station in this scope.'],
  'weeks.nothing': ['—', '—'],
  'weeks.block': ['{time} {title}: {outcome}', '{time} {title}: {outcome}'],
  'weeks.relay': ['Tiếp âm {source}', 'Relay of {source}'],
  'weeks.relayKey': ['tiếp âm', 'relay'],
  'weeks.relays': ['Tiếp âm: {played} buổi phát trọn trong {all} buổi', 'Relays: {played} in full of {all}'],
  'weeks.summary': ['{played} đã phát trong {all} lượt theo lịch', '{played} aired of {all} planned'],
  'weeks.legend': ['Chú giải', 'Key']
});

const KEY = ['played', 'partial', 'interrupted', 'missed', 'not_reported', 'pending'];

function blockView(b) {
  const title = b.relay ? t('weeks.relay', { source: b.title }) : b.title;
  const label = t('weeks.block', { time: time(b.planned_start, false), title, outcome: outcomeLabel(b.outcome) });
  return h('li', { class: 'badge ' + b.outcome + (b.notice ? ' notice' : '') + (b.relay ? ' relay' : ''), title: label,
    'data-outcome': b.outcome },
    h('span', { 'aria-hidden': 'true' }, time(b.planned_start, false)), h('span', { class: 'sr' }, label));
}

export default {
  async render(main, { query: q, go }) {
    const today = await serverToday();
    const from = q.get('from') || today;
    const station = q.get('station');
    const unit = q.get('unit') || '';
    const [grid, units] = await Promise.all([
      api.get('/api/v1/reports/week' + query({ from, station_id: station, unit: station ? null : unit || null })),
      station ? null : orgUnits()]);
    const here = extra => '#/weeks' + query({ station, unit: station ? null : unit || null, ...extra });
    const days = Array.from({ length: 7 }, (_, d) => addDays(from, d));
    let picker = null;
    if (!station) {
      const pick = select(unitOptions(units, true, ['province', 'district', 'commune', 'group']), unit);
      pick.addEventListener('change', () => go(here({ unit: pick.value || null, from })));
      picker = h('div', { class: 'filters' }, field('weeks.unit', pick));
    }
    const all = grid.rows.flatMap(r => r.days.flatMap(d => d.blocks));
    const blocks = all.filter(b => !b.relay);
    const relays = all.filter(b => b.relay);
    const played = blocks.filter(b => b.outcome === 'played').length;
    const body = grid.rows.length === 0 ? h('p', {}, t('weeks.none')) : table(null,
      [t(grid.by_site ? 'weeks.site' : 'weeks.place'), ...days.map(d => longDate(d))],
      grid.rows.map(r => row(
        grid.by_site ? `${r.name} (${r.code})` : link(`#/week/${r.station_id}?from=${from}`, `${r.name} (${r.code})`),
        ...r.days.map(d => h('td', { 'data-day': d.day }, d.blocks.length === 0 ? h('span', { class: 'muted' }, t('weeks.nothing'))
          : h('ul', { class: 'blocks' }, d.blocks.map(blockView)))))),
      { class: 'stack week-grid', id: 'week-grid' });
    fill(main, h('h1', {}, t(grid.by_site ? 'weeks.bySite' : 'weeks.title', { name: grid.title })),
      h('p', { class: 'actions' }, link(here({ from: addDays(from, -7) }), '← ' + t('week.prev')),
        h('span', {}, t('week.from', { from: date(from), to: date(grid.to) })),
        link(here({ from: addDays(from, 7) }), t('week.next') + ' →')),
      picker,
      status(t('weeks.summary', { played: num(played), all: num(blocks.length) })),
      relays.length === 0 ? null : h('p', { id: 'week-relays' }, t('weeks.relays',
        { played: num(relays.filter(b => b.outcome === 'played').length), all: num(relays.length) })),
      h('p', { class: 'legend' }, h('strong', {}, t('weeks.legend') + ': '),
        KEY.map(k => h('span', { class: 'badge ' + k }, outcomeLabel(k))), h('span', { class: 'badge relay' }, t('weeks.relayKey'))),
      body,
      grid.more > 0 ? h('p', { class: 'status warn' }, t('weeks.more', { n: num(grid.more) })) : null);
  }
};
