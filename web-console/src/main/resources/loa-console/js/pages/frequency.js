// Airing frequency: the program × place matrix for a period and subtree, coloured against the campaign's
// target; a campaign's compliance week by week; exports and the monitoring report one click away.
// The page reads the same API the exports are rendered from, so the figures are the same.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, num, pct, date, addDays } from '../i18n.js';
import { h, fill, add, field, select, section, link, status } from '../dom.js';
import { orgUnits, unitOptions } from '../common.js';
import { word, words } from '../vocabulary.js';

define({
  'freq.title': ['Tần suất phát', 'Airing frequency'],
  'freq.place': ['Cột theo', 'Columns by'],
  'freq.campaign': ['Chiến dịch (để so với chỉ tiêu)', 'Campaign (to compare with its target)'],
  'freq.matrix': ['Số lượt đã phát theo chương trình và nơi phát, {from} – {to}', 'Airings per program and place, {from} – {to}'],
  'freq.total': ['Tổng', 'Total'],
  'freq.cell': ['{n} lượt', '{n} airings'],
  'freq.cellTarget': ['{n}/{target} lượt', '{n}/{target} airings'],
  'freq.legend': ['Chú giải màu', 'Colour key'],
  'freq.met': ['đạt chỉ tiêu', 'target met'],
  'freq.part': ['đạt một nửa trở lên', 'half or more'],
  'freq.low': ['dưới một nửa', 'under half'],
  'freq.none': ['không phát lượt nào', 'no airing'],
  'freq.noTarget': ['Chọn một chiến dịch để tô màu theo chỉ tiêu; hiện tô theo số lượt.', 'Choose a campaign to colour against its target; now coloured by count.'],
  'freq.empty': ['Không có lượt phát nào trong phạm vi và thời gian này.', 'No airing in this scope and period.'],
  'freq.exports': ['Tải về', 'Download'],
  'freq.matrixCsv': ['Ma trận (CSV)', 'Matrix (CSV)'],
  'freq.matrixXlsx': ['Ma trận (Excel)', 'Matrix (Excel)'],
  'freq.matrixPdf': ['Ma trận (PDF)', 'Matrix (PDF)'],
  'freq.cellsCsv': ['Từng ô theo ngày (CSV)', 'Cells per day (CSV)'],
  'freq.presets': ['Kỳ báo cáo (Thông tư 10/2022)', 'Reporting periods (Circular 10/2022)'],
  'freq.firstHalf': ['6 tháng đầu năm {y}', 'First half of {y}'],
  'freq.secondHalf': ['6 tháng cuối năm {y}', 'Second half of {y}'],
  'freq.year': ['Cả năm {y}', 'The year {y}'],
  'freq.monitoringPdf': ['Báo cáo giám sát (PDF)', 'Monitoring report (PDF)'],
  'freq.monitoringXlsx': ['Báo cáo giám sát (Excel)', 'Monitoring report (Excel)'],
  'freq.complianceCsv': ['Tuân thủ của chiến dịch (CSV)', 'Campaign compliance (CSV)'],
  'freq.chart': ['Tuân thủ của chiến dịch theo tuần', 'Campaign compliance week by week'],
  'freq.chartLabel': ['Biểu đồ tuân thủ theo tuần: {values}', 'Weekly compliance chart: {values}'],
  'freq.week': ['Tuần từ', 'Week of'],
  'freq.compliance': ['Tuân thủ', 'Compliance'],
  'freq.noCampaign': ['Không chọn', 'None'],
  'freq.form': ['Thông tin in trên báo cáo giám sát (để trống thì để chỗ viết tay)', 'What the monitoring report is printed with (blank leaves room to write by hand)'],
  'freq.agency': ['Cơ quan ban hành', 'Issuing agency'],
  'freq.number': ['Số văn bản (ví dụ 12/BC-UBND)', 'Document number (e.g. 12/BC-UBND)'],
  'freq.placeName': ['Địa danh ghi ngày tháng', 'Place of the date line'],
  'freq.recipients': ['Nơi nhận (mỗi dòng một nơi)', 'Recipients (one per line)'],
  'freq.signerTitle': ['Chức vụ người ký', 'Signer\'s title'],
  'freq.signerName': ['Họ tên người ký', 'Signer\'s name']
});

/** The letterhead fields of the monitoring report, kept in the download links as the supervisor types. */
function letterheadForm(links) {
  const inputs = {
    agency: h('input', { name: 'agency', maxlength: '200' }),
    number: h('input', { name: 'number', maxlength: '60' }),
    place: h('input', { name: 'place', maxlength: '100' }),
    recipients: h('textarea', { name: 'recipients', rows: '3', maxlength: '1000' }),
    signer_title: h('input', { name: 'signer_title', maxlength: '200' }),
    signer_name: h('input', { name: 'signer_name', maxlength: '100' })
  };
  const bases = links.map(a => a.getAttribute('href'));
  const update = () => {
    const extra = {};
    for (const [k, input] of Object.entries(inputs)) {
      // a newline cannot travel in the query string the API checks: recipients go separated by semicolons
      const value = k === 'recipients' ? input.value.split(/\n/).map(x => x.trim()).filter(Boolean).join('; ') : input.value.trim();
      if (value) extra[k] = value;
    }
    links.forEach((a, i) => a.setAttribute('href', bases[i] + (Object.keys(extra).length ? '&' + query(extra).slice(1) : '')));
  };
  Object.values(inputs).forEach(input => input.addEventListener('input', update));
  return h('details', { class: 'letterhead', id: 'letterhead' }, h('summary', {}, t('freq.form')),
    field('freq.agency', inputs.agency), field('freq.number', inputs.number), field('freq.placeName', inputs.place),
    field('freq.recipients', inputs.recipients), field('freq.signerTitle', inputs.signer_title), field('freq.signerName', inputs.signer_name));
}

/** The ISO weeks (Monday to Sunday, cut to the period) between two days. */
function weeks(from, to) {
  const out = [];
  let start = from;
  while (start <= to) {
    const weekday = (new Date(start + 'T00:00:00Z').getUTCDay() + 6) % 7;
    const end = addDays(start, 6 - weekday) < to ? addDays(start, 6 - weekday) : to;
    out.push([start, end]);
    start = addDays(end, 1);
  }
  return out;
}

function heat(n, target, max) {
  if (target) return n >= target ? 'met' : n * 2 >= target ? 'part' : n > 0 ? 'low' : 'none';
  if (n === 0) return 'none';
  return 'lvl' + Math.min(4, Math.ceil(n * 4 / Math.max(1, max)));
}

function matrix(cells, from, to) {
  const places = new Map();
  const titles = new Map();
  const counts = new Map();
  const targets = new Map();
  for (const c of cells) {
    places.set(c.place_code, c.place_name);
    titles.set(c.program_id, c.program_title || '');
    const key = c.program_id + '|' + c.place_code;
    counts.set(key, (counts.get(key) || 0) + c.airings);
    if (c.target !== null && c.target !== undefined) targets.set(key, (targets.get(key) || 0) + c.target);
  }
  const placeCodes = [...places.keys()].sort();
  const programs = [...titles.keys()].sort((a, b) => titles.get(a).localeCompare(titles.get(b), 'vi') || a - b);
  const max = Math.max(0, ...counts.values());
  const totals = placeCodes.map(() => 0);
  const body = programs.map(p => {
    let rowTotal = 0;
    const tds = placeCodes.map((code, i) => {
      const n = counts.get(p + '|' + code) || 0;
      const target = targets.get(p + '|' + code);
      rowTotal += n;
      totals[i] += n;
      return h('td', { class: 'num heat ' + heat(n, target, max), 'data-place': code },
        h('span', { class: 'sr' }, target ? t('freq.cellTarget', { n, target }) : t('freq.cell', { n })),
        h('span', { 'aria-hidden': 'true' }, target ? `${num(n)}/${num(target)}` : num(n)));
    });
    return h('tr', { 'data-program': String(p) }, h('th', { scope: 'row' }, titles.get(p)), tds, h('td', { class: 'num total' }, num(rowTotal)));
  });
  const all = totals.reduce((a, b) => a + b, 0);
  const caption = t('freq.matrix', { from: date(from), to: date(to) });
  // on a phone: a card per program, its places listed down with their colour, instead of a wide grid
  const cards = h('div', { class: 'matrix-cards', id: 'matrix-cards' }, h('p', { class: 'muted' }, caption),
    programs.map(p => {
      const rowTotal = placeCodes.reduce((sum, code) => sum + (counts.get(p + '|' + code) || 0), 0);
      return h('details', { 'data-program': String(p) }, h('summary', {}, `${titles.get(p)} — ${t('freq.cell', { n: num(rowTotal) })}`),
        h('ul', {}, placeCodes.map(code => {
          const n = counts.get(p + '|' + code) || 0;
          const target = targets.get(p + '|' + code);
          return h('li', { 'data-place': code }, h('span', {}, places.get(code)),
            h('span', { class: 'heat ' + heat(n, target, max) }, target ? t('freq.cellTarget', { n: num(n), target: num(target) }) : t('freq.cell', { n: num(n) })));
        })));
    }),
    h('p', {}, h('strong', {}, `${t('freq.total')}: ${t('freq.cell', { n: num(all) })}`)));
  return [cards, h('div', { class: 'table-wrap matrix-wide', tabindex: '0', role: 'region', 'aria-label': caption },
    h('table', { class: 'matrix', id: 'matrix' }, h('caption', {}, caption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('common.program')),
        placeCodes.map(code => h('th', { scope: 'col', 'data-place': code }, places.get(code))), h('th', { scope: 'col' }, t('freq.total')))),
      h('tbody', {}, body),
      h('tfoot', {}, h('tr', { class: 'totals' }, h('th', { scope: 'row' }, t('freq.total')), totals.map(n => h('td', { class: 'num' }, num(n))),
        h('td', { class: 'num', id: 'matrix-total' }, num(all))))))];
}

async function complianceChart(campaignId, from, to, unit) {
  const ranges = weeks(from, to);
  const values = await Promise.all(ranges.map(([a, b]) => api.get('/api/v1/reports/compliance' + query({ campaign_id: campaignId, from: a, to: b, unit }))
    .then(r => r.compliance)));
  const canvas = h('canvas', { role: 'img', 'aria-label': t('freq.chartLabel', { values: values.map(pct).join('; ') }) });
  const box = h('div', { class: 'chart' }, canvas);
  if (window.Chart) {
    // eslint-disable-next-line no-new
    new window.Chart(canvas, {
      type: 'line',
      data: { labels: ranges.map(([a]) => date(a)), datasets: [{ label: t('freq.compliance'), data: values.map(v => v === null ? null : v * 100),
        borderColor: '#8b1e1e', backgroundColor: '#8b1e1e' }] },
      options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { min: 0, max: 100 } } }
    });
  }
  const list = h('ul', { class: 'chart-values' }, ranges.map(([a], i) => h('li', {}, `${t('freq.week')} ${date(a)}: ${pct(values[i])}`)));
  return section('freq.chart', box, list);
}

export default {
  async render(main, { query: q, go }) {
    const units = await orgUnits();
    const today = await serverToday();
    const campaigns = (await api.get('/api/v1/campaigns')).items.filter(c => c.status !== 'draft');
    const p = { unit: q.get('unit') || '', from: q.get('from') || addDays(today, -6), to: q.get('to') || today,
      place: q.get('place') || 'station', campaign: q.get('campaign') || '' };

    const unit = select(unitOptions(units, true), p.unit, { name: 'unit' });
    const from = h('input', { type: 'date', value: p.from, name: 'from' });
    const to = h('input', { type: 'date', value: p.to, name: 'to' });
    const place = select(words('place').map(x => [x, word('place', x)]), p.place, { name: 'place' });
    const campaign = select([['', t('freq.noCampaign')], ...campaigns.map(c => [String(c.id), c.name])], p.campaign, { name: 'campaign' });
    const form = h('form', { class: 'filters' }, field('common.unit', unit), field('common.from', from), field('common.to', to),
      field('freq.place', place), field('freq.campaign', campaign), h('p', {}, h('button', { type: 'submit' }, t('common.show'))));
    // the periods a monitoring report is filed for: each half and the whole of this year and last
    const year = Number(today.slice(0, 4));
    const preset = (key, y, from, to) => h('li', {}, h('a', { href: '#/frequency' + query({ ...p, from: `${y}-${from}`, to: `${y}-${to}` }) },
      t(key, { y })));
    const presets = h('nav', { class: 'presets', 'aria-label': t('freq.presets') }, h('p', {}, t('freq.presets')),
      h('ul', { class: 'exports' }, [year, year - 1].flatMap(y => [preset('freq.firstHalf', y, '01-01', '06-30'),
        preset('freq.secondHalf', y, '07-01', '12-31'), preset('freq.year', y, '01-01', '12-31')])));
    form.addEventListener('submit', event => {
      event.preventDefault();
      go('#/frequency' + query({ unit: unit.value, from: from.value, to: to.value, place: place.value, campaign: campaign.value }));
    });

    const params = { unit: p.unit, from: p.from, to: p.to, place: p.place, campaign_id: p.campaign, bucket: 'period' };
    const data = await api.get('/api/v1/reports/frequency' + query(params));
    const url = (path, extra) => path + query({ ...extra });
    const monitoringPdf = h('li', {}, h('a', { id: 'export-monitoring-pdf', href: url('/api/v1/reports/monitoring', { unit: p.unit, from: p.from, to: p.to, format: 'pdf' }), download: '' }, t('freq.monitoringPdf')));
    const monitoringXlsx = h('li', {}, h('a', { href: url('/api/v1/reports/monitoring', { unit: p.unit, from: p.from, to: p.to, format: 'xlsx' }), download: '' }, t('freq.monitoringXlsx')));
    const exports = section('freq.exports', h('ul', { class: 'exports' },
      h('li', {}, h('a', { id: 'export-matrix-csv', href: url('/api/v1/reports/frequency', { ...params, format: 'csv', layout: 'matrix' }), download: '' }, t('freq.matrixCsv'))),
      h('li', {}, h('a', { href: url('/api/v1/reports/frequency', { ...params, format: 'xlsx', layout: 'matrix' }), download: '' }, t('freq.matrixXlsx'))),
      h('li', {}, h('a', { href: url('/api/v1/reports/frequency', { ...params, format: 'pdf', layout: 'matrix' }), download: '' }, t('freq.matrixPdf'))),
      h('li', {}, h('a', { href: url('/api/v1/reports/frequency', { ...params, bucket: 'day', format: 'csv' }), download: '' }, t('freq.cellsCsv'))),
      p.campaign ? h('li', {}, h('a', { href: url('/api/v1/reports/compliance', { campaign_id: p.campaign, unit: p.unit, from: p.from, to: p.to, format: 'csv' }), download: '' }, t('freq.complianceCsv'))) : null,
      monitoringPdf, monitoringXlsx), letterheadForm([monitoringPdf.firstChild, monitoringXlsx.firstChild]));
    const legend = h('p', { class: 'legend' }, h('strong', {}, t('freq.legend') + ': '),
      p.campaign ? ['met', 'part', 'low', 'none'].map(k => h('span', { class: 'heat ' + k }, t('freq.' + k)))
        : t('freq.noTarget'));

    fill(main, h('h1', {}, t('freq.title')), form, presets,
      data.rows.length === 0 ? status(t('freq.empty')) : [legend, matrix(data.rows, p.from, p.to)], exports);
    if (p.campaign) add(main, await complianceChart(p.campaign, p.from, p.to, p.unit));
  }
};
