// A station's day: planned items against what aired, on a timeline and in a table, day by day.
// Without a station: the stations of the user's scope to choose from.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, num, date, time, duration, addDays } from '../i18n.js';
import { h, fill, add, section, table, row, link, status } from '../dom.js';
import { outcomeLabel, windowText } from '../common.js';

define({
  'schedule.title': ['Lịch phát của {name}, {day}', 'Schedule of {name}, {day}'],
  'schedule.choose': ['Chọn đài để xem lịch phát', 'Choose a station to see its schedule'],
  'schedule.prev': ['Ngày trước', 'Previous day'],
  'schedule.next': ['Ngày sau', 'Next day'],
  'schedule.today': ['Hôm nay', 'Today'],
  'schedule.timeline': ['Dòng thời gian trong ngày', 'The day\'s timeline'],
  'schedule.items': ['Các mục trong ngày', 'The day\'s items'],
  'schedule.relays': ['Tiếp âm trong ngày', 'The day\'s relays'],
  'schedule.relay': ['Tiếp âm', 'Relay'],
  'schedule.relaySource': ['Nguồn tiếp âm', 'Relay source'],
  'schedule.relayNote': ['Đã nghe', 'Heard'],
  'schedule.heard': ['{s} giây', '{s} s'],
  'schedule.dropouts': ['mất luồng {n} lần ({s} giây)', 'dropped {n} times ({s} s)'],
  'schedule.fallbackProgram': ['đã phát chương trình dự phòng', 'the fallback program aired'],
  'schedule.fallbackSilence': ['im lặng (không có chương trình dự phòng)', 'silence (no fallback program)'],
  'schedule.planned': ['Giờ theo lịch', 'Planned'],
  'schedule.actual': ['Giờ phát thực tế', 'Aired at'],
  'schedule.error': ['Lệch (giây)', 'Off by (s)'],
  'schedule.duration': ['Thời lượng', 'Length'],
  'schedule.source': ['Nguồn', 'From'],
  'schedule.notice': ['thông báo khẩn', 'urgent notice'],
  'schedule.makeup': ['phát bù', 'make-up'],
  'schedule.none': ['Không có mục nào trong ngày này.', 'Nothing scheduled this day.'],
  'schedule.summary': ['{items} mục theo lịch; {played} đã phát, {missed} không phát, {partial} phát không trọn.',
    '{items} items planned; {played} played, {missed} missed, {partial} partial.'],
  'schedule.windows': ['Khung giờ', 'Windows'],
  'schedule.week': ['Xem cả tuần', 'See the whole week'],
  'schedule.allWeek': ['Xem cả tuần của mọi đài, với kết quả', 'See the week of every station, with outcomes']
});

async function chooser(main) {
  const stations = (await api.get('/api/v1/stations')).items;
  if (stations.length === 1) {
    location.replace('#/schedule/' + stations[0].id);
    return;
  }
  fill(main, h('h1', {}, t('schedule.choose')), h('p', {}, link('#/weeks', t('schedule.allWeek'))), h('ul', { class: 'columns' },
    stations.map(s => h('li', {}, link('#/schedule/' + s.id, s.name)))));
}

/** Pairs each planned item with the as-run record that reports it: by item id, which re-plans keep. */
function matchRecords(items, records) {
  const byItem = new Map(records.filter(r => r.item_id != null).map(r => [r.item_id, r]));
  return items.map(i => ({ item: i, record: byItem.get(i.id) }));
}

function stateOf(pair, now) {
  if (pair.record) return pair.record.outcome;
  return Date.parse(pair.item.planned_start) + pair.item.duration_ms < now ? 'not_reported' : 'pending';
}

// the schedule carries the names: an officer cannot list the district's programs and campaigns
function source(item) {
  if (item.notice_id) return `${t('schedule.notice')}: ${item.notice_title}`;
  const name = item.campaign_id ? item.campaign_name : '—';
  return /make-up|phát bù/.test(item.reason || '') ? `${name} (${t('schedule.makeup')})` : name;
}

/** The day's relays with the record of each (by the published relay's id), for the timeline and their table. */
function relayPairs(relays, records) {
  const byRelay = new Map(records.filter(r => r.relay).map(r => [r.relay.relay_id, r]));
  return (relays || []).map(r => ({ item: { ...r, program_title: `${t('schedule.relay')}: ${r.source_name}` }, record: byRelay.get(r.id) }));
}

function relayNote(record) {
  if (!record || !record.relay) return '—';
  const parts = [t('schedule.heard', { s: num(Math.round(record.seconds_played)) })];
  if (record.relay.dropouts > 0) parts.push(t('schedule.dropouts', { n: num(record.relay.dropouts), s: num(Math.round(record.relay.dropout_seconds)) }));
  if (record.relay.fallback) parts.push(t(record.relay.fallback === 'program' ? 'schedule.fallbackProgram' : 'schedule.fallbackSilence'));
  return parts.join('; ');
}

export default {
  async render(main, { params, query: q }) {
    if (!params[0]) return chooser(main);
    const id = params[0];
    const today = await serverToday();
    const day = q.get('day') || today;
    const [station, schedule, log, health] = await Promise.all([
      api.get('/api/v1/stations/' + id),
      api.get(`/api/v1/stations/${id}/schedule` + query({ from: day, to: day })),
      api.get('/api/v1/reports/as-run' + query({ station_id: id, from: day, to: day, limit: 1000 })),
      api.get('/health')]);
    const now = Date.parse(health.time);
    const pairs = matchRecords(schedule.items, log.items);
    const count = o => pairs.filter(p => stateOf(p, now) === o).length;
    const relays = relayPairs(schedule.relays, log.items);

    const dayStart = Date.parse(day + 'T00:00:00+07:00');
    const bar = h('div', { class: 'timeline', role: 'img', 'aria-label': t('schedule.timeline') });
    for (const p of relays.concat(pairs)) {
      const mark = h('span', { class: 'mark ' + stateOf(p, now) + (p.item.source_name ? ' relay' : ''), title: `${time(p.item.planned_start, false)} ${p.item.program_title}` });
      mark.style.left = ((Date.parse(p.item.planned_start) - dayStart) / 864e5 * 100) + '%';
      mark.style.width = Math.max(0.3, p.item.duration_ms / 864e5 * 100) + '%';
      bar.append(mark);
    }
    const hours = h('div', { class: 'hours', 'aria-hidden': 'true' }, [0, 6, 12, 18, 24].map(x => h('span', {}, `${x}h`)));

    const nav = h('p', { class: 'actions' },
      link(`#/schedule/${id}?day=${addDays(day, -1)}`, '← ' + t('schedule.prev')),
      day !== today ? link(`#/schedule/${id}?day=${today}`, t('schedule.today')) : null,
      link(`#/schedule/${id}?day=${addDays(day, 1)}`, t('schedule.next') + ' →'),
      link(`#/week/${id}?from=${day}`, t('schedule.week')));

    fill(main, h('h1', {}, t('schedule.title', { name: station.name, day: date(day) })), nav,
      h('p', {}, `${t('schedule.windows')}: ${station.windows.map(windowText).join('; ') || '—'}`),
      status(t('schedule.summary', { items: num(pairs.length), played: num(count('played')), missed: num(count('missed')), partial: num(count('partial')) })),
      section('schedule.timeline', bar, hours),
      relays.length === 0 ? null : section('schedule.relays', table(null,
        [t('schedule.planned'), t('schedule.relaySource'), t('schedule.duration'), t('common.outcome'), t('schedule.actual'), t('schedule.relayNote')],
        relays.map(p => row(time(p.item.planned_start), p.item.source_name, duration(p.item.duration_ms),
          h('td', { class: 'lead' }, h('span', { class: 'badge ' + stateOf(p, now) }, outcomeLabel(stateOf(p, now)))),
          p.record && p.record.actual_start ? time(p.record.actual_start) : '—', relayNote(p.record))),
        { class: 'stack', id: 'day-relays' })),
      section('schedule.items', pairs.length === 0 ? h('p', {}, t('schedule.none')) : table(null,
        [t('schedule.planned'), t('common.program'), t('schedule.duration'), t('schedule.source'), t('common.outcome'), t('schedule.actual'), t('schedule.error')],
        pairs.map(p => row(time(p.item.planned_start), p.item.program_title, duration(p.item.duration_ms),
          source(p.item),
          h('td', { class: 'lead' }, h('span', { class: 'badge ' + stateOf(p, now) }, outcomeLabel(stateOf(p, now)))),
          p.record ? time(p.record.actual_start) : '—',
          p.record && p.record.start_error_ms !== undefined ? num(p.record.start_error_ms / 1000, 1) : '—')),
        { class: 'stack', id: 'day-items' })));
  }
};
