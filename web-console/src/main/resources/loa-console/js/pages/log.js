// The as-run log (nhật ký phát) with filters, cursor paging and the export of the whole filtered log.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, num, date, time, addDays } from '../i18n.js';
import { h, fill, add, field, select, section, table, row, link, status } from '../dom.js';
import { orgUnits, unitOptions, outcomeLabel } from '../common.js';
import { words } from '../vocabulary.js';

define({
  'log.title': ['Nhật ký phát', 'As-run log'],
  'log.outcome': ['Kết quả', 'Outcome'],
  'log.planned': ['Giờ theo lịch', 'Planned'],
  'log.actual': ['Giờ phát', 'Aired at'],
  'log.played': ['Đã phát (giây)', 'Seconds aired'],
  'log.reason': ['Ghi chú', 'Note'],
  'log.next': ['Trang sau', 'Next page'],
  'log.first': ['Trang đầu', 'First page'],
  'log.shown': ['{n} bản ghi trên trang này', '{n} records on this page'],
  'log.empty': ['Không có bản ghi nào khớp.', 'No record matches.'],
  'log.gaps': ['Đài có bản ghi chưa báo cáo', 'Stations with records not reported yet'],
  'log.gapLine': ['{station}: thiếu {n} bản ghi (số thứ tự {missing})', '{station}: {n} records missing (sequence {missing})'],
  'log.csv': ['Tải CSV', 'Download CSV'],
  'log.xlsx': ['Tải Excel', 'Download Excel'],
  'log.pdf': ['Tải PDF', 'Download PDF'],
  'log.station': ['Đài', 'Station'],
  'log.program': ['Chương trình', 'Program'],
  'log.evidence': ['Bằng chứng âm thanh', 'Sound evidence'],
  'evidence.reported': ['Chỉ có báo cáo của đài', 'The station\'s report only'],
  'evidence.rendered_matched': ['Âm thanh phát ra khớp chương trình', 'The sound rendered matches the program'],
  'evidence.rendered_not_matched': ['Âm thanh phát ra KHÔNG khớp chương trình', 'The sound rendered does NOT match the program'],
  'evidence.heard_matched': ['Nghe lại qua đầu thu: khớp chương trình', 'Heard through the capture input: matches the program'],
  'evidence.heard_not_matched': ['Nghe lại qua đầu thu: KHÔNG khớp chương trình', 'Heard through the capture input: does NOT match the program'],
  'level.aired_silence': ['Phát ra im lặng', 'Silence came out'],
  'level.too_quiet': ['Âm lượng quá nhỏ', 'Much too quiet']
});

/** What the record's sound proves: only the station's report, or its rendered audio matched (or not) to the program. */
function evidenceView(x) {
  const matched = x.evidence === 'rendered_matched' || x.evidence === 'heard_matched';
  const kind = matched ? 'played' : /not_matched$/.test(x.evidence || '') ? 'missed' : 'pending';
  const level = x.level_flag ? [' ', h('span', { class: 'badge missed', 'data-level': x.level_flag }, t('level.' + x.level_flag))] : [];
  return h('td', { 'data-evidence': x.evidence }, h('span', { class: 'badge ' + kind }, t('evidence.' + (x.evidence || 'reported'))), ...level);
}

export default {
  async render(main, { query: q, go }) {
    const [units, today, stations, programs, campaigns] = await Promise.all([orgUnits(), serverToday(), api.get('/api/v1/stations'),
      api.get('/api/v1/programs'), api.get('/api/v1/campaigns')]);
    const p = { unit: q.get('unit') || '', from: q.get('from') || addDays(today, -6), to: q.get('to') || today,
      station_id: q.get('station') || '', program_id: q.get('program') || '', campaign_id: q.get('campaign') || '',
      outcome: q.get('outcome') || '' };
    const unit = select(unitOptions(units, true), p.unit, { name: 'unit' });
    const station = select([['', t('common.all')], ...stations.items.map(s => [String(s.id), s.name])], p.station_id, { name: 'station' });
    const program = select([['', t('common.all')], ...programs.items.map(x => [String(x.id), x.title])], p.program_id, { name: 'program' });
    const campaign = select([['', t('common.all')], ...campaigns.items.map(x => [String(x.id), x.name])], p.campaign_id, { name: 'campaign' });
    const outcome = select([['', t('common.all')], ...words('outcome').map(o => [o, outcomeLabel(o)])],
      p.outcome, { name: 'outcome' });
    const from = h('input', { type: 'date', value: p.from, name: 'from' });
    const to = h('input', { type: 'date', value: p.to, name: 'to' });
    const form = h('form', { class: 'filters' }, field('common.unit', unit), field('log.station', station), field('log.program', program),
      field('common.campaign', campaign), field('log.outcome', outcome), field('common.from', from), field('common.to', to),
      h('p', {}, h('button', { type: 'submit' }, t('common.show'))));
    form.addEventListener('submit', event => {
      event.preventDefault();
      go('#/log' + query({ unit: unit.value, station: station.value, program: program.value, campaign: campaign.value,
        outcome: outcome.value, from: from.value, to: to.value }));
    });

    const filter = { unit: p.unit, from: p.from, to: p.to, station_id: p.station_id, program_id: p.program_id,
      campaign_id: p.campaign_id, outcome: p.outcome };
    const page = await api.get('/api/v1/reports/as-run' + query({ ...filter, limit: 50, after: q.get('after') }));
    const here = Object.fromEntries(q.entries());
    const paging = h('p', { class: 'actions' },
      q.get('after') ? link('#/log' + query({ ...here, after: '' }), t('log.first')) : null,
      page.next ? link('#/log' + query({ ...here, after: page.next }), t('log.next')) : null);
    const gaps = page.not_reported && page.not_reported.length ? section('log.gaps', h('ul', {}, page.not_reported.map(g =>
      h('li', {}, t('log.gapLine', { station: g.station_name, n: num(g.missing_count), missing: (g.gaps || []).slice(0, 10).map(r => r.from === r.to ? r.from : r.from + '–' + r.to).join(', ') }))))) : null;
    const exportUrl = format => '/api/v1/reports/as-run' + query({ ...filter, format });

    fill(main, h('h1', {}, t('log.title')), form,
      h('p', { class: 'actions' }, h('a', { href: exportUrl('csv'), download: '', id: 'export-log-csv' }, t('log.csv')),
        h('a', { href: exportUrl('xlsx'), download: '' }, t('log.xlsx')), h('a', { href: exportUrl('pdf'), download: '' }, t('log.pdf'))),
      status(t('log.shown', { n: num(page.items.length) })),
      page.items.length === 0 ? h('p', {}, t('log.empty')) : table('log.title',
        [t('common.day'), t('log.station'), t('log.program'), t('common.campaign'), t('log.planned'), t('log.actual'), t('log.played'), t('log.outcome'), t('log.reason'), t('log.evidence')],
        page.items.map(x => row(date(x.day), link('#/schedule/' + x.station_id + '?day=' + x.day, x.station_name), x.program_title || '—',
          x.campaign_name || '—', time(x.planned_start), time(x.actual_start), num(x.seconds_played, 1),
          h('td', {}, h('span', { class: 'badge ' + x.outcome }, outcomeLabel(x.outcome))), x.reason || '', evidenceView(x))),
        { id: 'log-table' }),
      paging, gaps);
  }
};
