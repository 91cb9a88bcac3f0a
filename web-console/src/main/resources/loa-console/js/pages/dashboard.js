// Today across the user's scope: airings done against planned, silent stations, urgent notices on air,
// this week's compliance per campaign. Each figure links to its detail.
'use strict';

import { api, query } from '../api.js';
import { define, t, num, pct, date, dateTime, addDays } from '../i18n.js';
import { h, fill, add, link, section, table, row, status } from '../dom.js';

define({
  'dash.title': ['Tổng quan hôm nay, {day}', 'Today, {day}'],
  'dash.airings': ['Lượt phát hôm nay', 'Airings today'],
  'dash.aired': ['{played} đã phát / {planned} theo lịch', '{played} aired / {planned} planned'],
  'dash.due': ['{due} mục đã tới giờ; {missed} không phát, {partial} phát không trọn, {interrupted} bị ngắt, {failed} lỗi, {unreported} chưa báo cáo',
    '{due} items due so far; {missed} missed, {partial} partial, {interrupted} interrupted, {failed} failed, {unreported} not reported yet'],
  'dash.toLog': ['Xem nhật ký phát hôm nay', 'See today\'s as-run log'],
  'dash.silent': ['Đài đang im lặng', 'Stations silent now'],
  'dash.silentCount': ['{n} đài', '{n} stations'],
  'dash.silentSince': ['Im lặng từ', 'Silent since'],
  'dash.reason': ['Lý do', 'Reason'],
  'dash.noSilent': ['Không có đài nào im lặng.', 'No station is silent.'],
  'dash.neverConnected': ['{n} trong {total} đài chưa từng kết nối phần mềm tại đài (chưa cài đặt hoặc chưa đăng ký), nên lượt phát của các đài này chưa được báo cáo.',
    '{n} of {total} stations have never connected an agent (not installed or not enrolled yet), so their airings go unreported.'],
  'dash.toUnits': ['Xem các đài', 'See the stations'],
  'dash.notices': ['Thông báo khẩn hôm nay', 'Urgent notices today'],
  'dash.noNotices': ['Hôm nay không có thông báo khẩn.', 'No urgent notice today.'],
  'dash.noticeProgress': ['Tiến độ', 'Progress'],
  'dash.noticeLine': ['{played}/{items} lượt đã phát tại {stations} đài', '{played}/{items} aired at {stations} stations'],
  'dash.inProgress': ['đang phát', 'in progress'],
  'dash.done': ['xong', 'done'],
  'dash.issued': ['Ban hành lúc', 'Issued at'],
  'dash.notice': ['Thông báo', 'Notice'],
  'dash.compliance': ['Tuân thủ tuần này theo chiến dịch', 'This week\'s compliance per campaign'],
  'dash.noCampaigns': ['Không có chiến dịch đang chạy.', 'No active campaign.'],
  'dash.targeted': ['Chỉ tiêu', 'Target'],
  'dash.achieved': ['Đạt', 'Achieved'],
  'dash.complianceCol': ['Tuân thủ', 'Compliance'],
  'dash.detail': ['Chi tiết', 'Detail'],
  'dash.sites': ['Điểm phát', 'Playout sites'],
  'dash.sitesOnline': ['{online}/{total} điểm phát đang hoạt động', '{online}/{total} sites online'],
  'dash.sitesOther': ['{silent} im lặng, {never} chưa kết nối', '{silent} silent, {never} never connected'],
  'dash.severalSites': ['Đài có nhiều điểm phát (xã sau sáp nhập)', 'Stations with several sites (merged communes)'],
  'dash.sitesCol': ['Điểm phát đang hoạt động', 'Sites online'],
  'dash.sitesLine': ['{online}/{total} điểm phát', '{online}/{total} sites'],
  'dash.chains': ['Nhật ký có chữ ký bị đứt', 'Signed logs that break'],
  'dash.chainsNone': ['Nhật ký có chữ ký của mọi đài đều liền mạch.', 'Every station\'s signed log is unbroken.'],
  'dash.chainsCount': ['{n} đài', '{n} stations'],
  'dash.chainsFirst': ['Đứt từ bản ghi số', 'Breaks from record'],
  'dash.chainsBreaks': ['Số chỗ đứt', 'Breaks'],
  'dash.chainsSince': ['Phát hiện lúc', 'Found at'],
  'dash.chainsHelp': ['Một bản ghi bị thiếu, bị sửa hoặc sai thứ tự; xem chi tiết ở trang của đài.',
    'A record missing, altered or out of order; the station\'s page has the detail.']
});

/** Monday of the ISO week of a day. */
function weekStart(day) {
  const weekday = (new Date(day + 'T00:00:00Z').getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

export default {
  async render(main) {
    const summary = await api.get('/api/v1/reports/today');
    const today = summary.day;
    const [silent, campaigns] = await Promise.all([
      api.get('/api/v1/reports/silent-stations'),
      api.get('/api/v1/campaigns')]);
    const active = campaigns.items.filter(c => c.status === 'active' && c.period_end >= today && c.period_start <= today);
    const from = weekStart(today);
    const compliance = await Promise.all(active.map(c =>
      api.get('/api/v1/reports/compliance' + query({ campaign_id: c.id, from: from < c.period_start ? c.period_start : from, to: today }))));
    const o = summary.outcomes;

    const airings = h('section', { class: 'card', 'aria-labelledby': 'dash-airings' },
      h('h2', { id: 'dash-airings' }, t('dash.airings')),
      h('p', { class: 'big', id: 'dash-aired' }, t('dash.aired', { played: num(o.played), planned: num(summary.planned) })),
      h('p', {}, t('dash.due', { due: num(summary.due), missed: num(o.missed), partial: num(o.partial),
        interrupted: num(o.interrupted), failed: num(o.failed),
        unreported: num(Math.max(0, summary.due - Object.values(o).reduce((a, b) => a + b, 0))) })),
      h('p', {}, link('#/log' + query({ from: today, to: today }), t('dash.toLog'))));

    const silentCard = h('section', { class: 'card', 'aria-labelledby': 'dash-silent' },
      h('h2', { id: 'dash-silent' }, t('dash.silent')),
      h('p', { class: 'big' }, t('dash.silentCount', { n: num(silent.items.length) })),
      silent.items.length === 0 ? h('p', {}, t('dash.noSilent')) : table(null,
        [t('common.station'), t('dash.silentSince'), t('dash.reason')],
        silent.items.slice(0, 10).map(s => row(link('#/stations/' + s.station_id, s.station_name), dateTime(s.silent_since),
          t('silent.' + s.reason)))),
      summary.stations.never_connected === 0 ? null : h('p', { id: 'dash-never' },
        t('dash.neverConnected', { n: num(summary.stations.never_connected), total: num(summary.stations.total) }), ' ',
        link('#/units', t('dash.toUnits'))));

    const sites = summary.sites;
    const sitesCard = h('section', { class: 'card', 'aria-labelledby': 'dash-sites' },
      h('h2', { id: 'dash-sites' }, t('dash.sites')),
      h('p', { class: 'big', id: 'dash-sites-online' }, t('dash.sitesOnline', { online: num(sites.online), total: num(sites.in_service) })),
      h('p', {}, t('dash.sitesOther', { silent: num(sites.silent), never: num(sites.never_heard) })),
      sites.stations.length === 0 ? null : table('dash.severalSites',
        [t('common.station'), t('dash.sitesCol')],
        sites.stations.slice(0, 10).map(s => row(link('#/stations/' + s.station_id, s.station_name),
          t('dash.sitesLine', { online: num(s.online), total: num(s.in_service) }))), { id: 'dash-several-sites' }));

    const notices = h('section', { class: 'card', 'aria-labelledby': 'dash-notices' },
      h('h2', { id: 'dash-notices' }, t('dash.notices')),
      summary.notices.length === 0 ? h('p', {}, t('dash.noNotices')) : table(null,
        [t('dash.notice'), t('dash.issued'), t('dash.noticeProgress')],
        summary.notices.map(n => row(link('#/notices/' + n.id, n.title), dateTime(n.issued_at),
          `${t('dash.noticeLine', { played: num(n.played), items: num(n.items), stations: num(n.stations) })} — `
            + t(n.in_progress ? 'dash.inProgress' : 'dash.done')))));

    const complianceCard = h('section', { class: 'card wide', 'aria-labelledby': 'dash-compliance' },
      h('h2', { id: 'dash-compliance' }, t('dash.compliance')),
      active.length === 0 ? h('p', {}, t('dash.noCampaigns')) : table(null,
        [t('common.campaign'), t('dash.targeted'), t('dash.achieved'), t('dash.complianceCol'), t('dash.detail')],
        compliance.map(c => row(link('#/campaigns/' + c.campaign.id, c.campaign.name), num(c.targeted), num(c.achieved),
          pct(c.compliance), link('#/frequency' + query({ campaign: c.campaign.id, from: c.from, to: c.to }), t('dash.detail'))))));

    const broken = summary.broken_chains || [];
    const chainsCard = h('section', { class: 'card', 'aria-labelledby': 'dash-chains', id: 'dash-broken-chains' },
      h('h2', { id: 'dash-chains' }, t('dash.chains')),
      broken.length === 0 ? h('p', {}, t('dash.chainsNone')) : [
        h('p', { class: 'big' }, t('dash.chainsCount', { n: num(broken.length) })),
        h('p', {}, t('dash.chainsHelp')),
        table(null, [t('common.station'), t('dash.chainsFirst'), t('dash.chainsBreaks'), t('dash.chainsSince')],
          broken.slice(0, 10).map(b => row(link('#/stations/' + b.station_id, b.station_name), num(b.first_sequence),
            num(b.breaks), dateTime(b.since))))]);

    fill(main, h('h1', {}, t('dash.title', { day: date(today) })),
      h('div', { class: 'cards' }, airings, silentCard, sitesCard, notices, chainsCard, complianceCard));
  }
};
