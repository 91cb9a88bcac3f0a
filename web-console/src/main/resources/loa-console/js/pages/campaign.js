// A campaign: the form (draft or edit), the feasibility report shown before publishing, publish and close,
// and its compliance across the stations it targets.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, num, pct, date, errorText } from '../i18n.js';
import { h, fill, add, field, select, status, section, table, row, link, showError } from '../dom.js';
import { orgUnits, unitName, unitOptions, unitChecks } from '../common.js';
import { word, words } from '../vocabulary.js';
import { campaignPortalSection } from '../portal.js';

define({
  'campaign.new': ['Tạo chiến dịch', 'New campaign'],
  'campaign.name': ['Tên chiến dịch', 'Campaign name'],
  'campaign.owner': ['Đơn vị chủ trì', 'Owning unit'],
  'campaign.start': ['Ngày bắt đầu', 'First day'],
  'campaign.end': ['Ngày kết thúc', 'Last day'],
  'campaign.priority': ['Mức ưu tiên', 'Priority'],
  'campaign.kind': ['Loại chỉ tiêu', 'Kind of target'],
  'campaign.count': ['Số lượt', 'Number of airings'],
  'campaign.units': ['Phát tại các đơn vị', 'Air in these units'],
  'campaign.programs': ['Chương trình đã duyệt', 'Approved programs'],
  'campaign.noPrograms': ['Chưa có chương trình nào được duyệt.', 'No approved program yet.'],
  'campaign.windows': ['Khung giờ ưu tiên (ví dụ 06:00-06:30, 17:00-17:30)', 'Preferred times (e.g. 06:00-06:30, 17:00-17:30)'],
  'campaign.saveDraft': ['Lưu bản nháp và kiểm tra khả năng xếp lịch', 'Save the draft and check feasibility'],
  'campaign.feasibility': ['Khả năng xếp lịch', 'Feasibility'],
  'campaign.feasibleSummary': ['Cần {needed} lượt phát trong {days} ngày tới, xếp được {planned}. {short} ngày-đài bị thiếu.',
    'Needs {needed} airings over the next {days} days; {planned} fit. {short} station-days fall short.'],
  'campaign.allFit': ['Mọi lượt phát đều xếp được.', 'Every airing fits.'],
  'campaign.suggestions': ['Cách để xếp đủ', 'What would fit'],
  'campaign.apply': ['Áp dụng', 'Apply'],
  'campaign.publish': ['Xuất bản chiến dịch', 'Publish the campaign'],
  'campaign.published': ['Đã xuất bản; lịch phát đã gửi tới các đài.', 'Published; the schedules have gone to the stations.'],
  'campaign.close': ['Kết thúc chiến dịch', 'Close the campaign'],
  'campaign.confirmClose': ['Kết thúc chiến dịch? Các lượt phát sắp tới sẽ bị bỏ khỏi lịch. Ghi lý do (ví dụ số quyết định), có thể để trống:',
    'Close the campaign? Its future airings leave the schedules. Give the reason (a decision\'s number, say), or leave it empty:'],
  'campaign.delete': ['Xoá bản nháp', 'Delete the draft'],
  'campaign.confirmDelete': ['Xoá bản nháp này? Bản nháp chưa từng xuất bản nên không có lịch sử nào mất đi.', 'Delete this draft? It was never published, so no history is lost.'],
  'campaign.clone': ['Sao chép sang thời gian khác', 'Copy into another period'],
  'campaign.cloneName': ['Tên chiến dịch mới', 'Name of the new campaign'],
  'campaign.cloneFrom': ['Từ ngày', 'From'],
  'campaign.cloneTo': ['Đến ngày', 'To'],
  'campaign.cloneGo': ['Tạo bản sao (bản nháp)', 'Make the copy (a draft)'],
  'campaign.details': ['Thông tin chiến dịch', 'About the campaign'],
  'campaign.compliance': ['Tuân thủ theo đài đến hôm nay', 'Compliance per station to date'],
  'campaign.overall': ['Đạt {achieved}/{targeted} lượt ({pct}); {days} số ngày có phát.', 'Achieved {achieved}/{targeted} airings ({pct}); {days} of days with an airing.'],
  'campaign.achieved': ['Đạt', 'Achieved'],
  'campaign.targeted': ['Chỉ tiêu', 'Target'],
  'campaign.rate': ['Tuân thủ', 'Compliance'],
  'campaign.sound': ['Có bằng chứng âm thanh', 'Proved by its sound'],
  'campaign.reason': ['Lý do chính', 'Main reason'],
  'campaign.frequency': ['Xem ma trận tần suất của chiến dịch', 'See the campaign\'s frequency matrix'],
  'campaign.edit': ['Sửa chiến dịch', 'Edit the campaign'],
  'campaign.shortRows': ['Ngày-đài bị thiếu', 'Station-days that fall short'],
  'campaign.notStarted': ['Chiến dịch chưa bắt đầu.', 'The campaign has not started yet.']
});

function parseWindows(text) {
  return text.split(',').map(x => x.trim()).filter(Boolean).map(x => {
    const [start, end] = x.split('-').map(y => y.trim());
    return { start, end };
  });
}

async function campaignForm(session, c, onSaved) {
  const units = await orgUnits();
  const programs = (await api.get('/api/v1/programs?status=approved')).items;
  const today = await serverToday();
  const name = h('input', { value: c ? c.name : '', required: true, maxlength: '200' });
  const owner = select(unitOptions(units, false, ['province', 'district']), c ? c.owner_unit_code : session.user.scope_code, { required: true });
  const start = h('input', { type: 'date', value: c ? c.period_start : today, required: true });
  const end = h('input', { type: 'date', value: c ? c.period_end : today, required: true });
  const priority = select(words('priority').map(p => [p, word('priority', p)]), c ? c.priority : 'normal');
  const kind = select(words('target_kind').map(k => [k, word('target_kind', k)]),
    c ? c.target.kind : 'per_program_per_day');
  const count = h('input', { type: 'number', min: '1', max: '20', value: c ? c.target.count : 1, required: true });
  const targets = unitChecks(t('campaign.units'), units, ['province', 'district', 'commune', 'group'],
    c ? c.target_units : [session.user.scope_code], { id: 'campaign-units' });
  const programBoxes = programs.map(p => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: String(p.id),
    checked: c ? c.program_ids.includes(p.id) : false }), ' ', p.title));
  const windows = h('input', { value: c ? c.preferred_windows.map(w => `${w.start}-${w.end}`).join(', ') : '' });
  const message = status('');
  const form = h('form', { class: 'campaign-form' }, field('campaign.name', name), field('campaign.owner', owner),
    h('div', { class: 'row' }, field('campaign.start', start), field('campaign.end', end)),
    field('campaign.priority', priority), h('div', { class: 'row' }, field('campaign.count', count), field('campaign.kind', kind)),
    targets.element,
    h('fieldset', {}, h('legend', {}, t('campaign.programs')), programs.length ? programBoxes : h('p', {}, t('campaign.noPrograms'))),
    field('campaign.windows', windows),
    h('p', {}, h('button', { type: 'submit' }, t(c ? 'common.save' : 'campaign.saveDraft'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { name: name.value.trim(), owner_unit_code: owner.value, period_start: start.value, period_end: end.value,
      priority: priority.value, target: { kind: kind.value, count: Number(count.value) },
      target_units: targets.value(),
      program_ids: programBoxes.map(l => l.querySelector('input')).filter(i => i.checked).map(i => Number(i.value)),
      preferred_windows: parseWindows(windows.value) };
    try {
      onSaved(c ? await api.put('/api/v1/campaigns/' + c.id, body) : await api.post('/api/v1/campaigns', body));
    } catch (e) {
      showError(message, e);
    }
  });
  return form;
}

// what would fit, worked out by the engine: a frequency to apply at once, or the minutes short stations lack
function suggestionsPart(c, f, stationNames, writer, go) {
  const s = f.suggestions || { frequencies: [], more_minutes: [] };
  if (s.frequencies.length === 0 && s.more_minutes.length === 0) return null;
  const message = status('');
  const apply = async target => {
    const body = { name: c.name, owner_unit_code: c.owner_unit_code, period_start: c.period_start, period_end: c.period_end,
      priority: c.priority, target, target_units: c.target_units, target_stations: c.target_stations,
      program_ids: c.program_ids, preferred_windows: c.preferred_windows };
    try { await api.put('/api/v1/campaigns/' + c.id, body); go('#/campaigns/' + c.id); } catch (e) { showError(message, e); }
  };
  return h('div', { id: 'feasibility-suggestions' }, h('h3', {}, t('campaign.suggestions')),
    s.frequencies.length ? h('ul', { class: 'suggestions' }, s.frequencies.map(x => h('li', {}, errorText(x), ' ',
      writer ? h('button', { type: 'button', class: 'small', onclick: () => apply(x.target) }, t('campaign.apply')) : null))) : null,
    s.more_minutes.length ? h('ul', { class: 'suggestions' }, s.more_minutes.slice(0, 20).map(m => h('li', {},
      h('strong', {}, stationNames.get(m.station_id) || String(m.station_id)), ': ', errorText(m)))) : null,
    message);
}

async function feasibilitySection(c, stationNames, writer, go) {
  const f = await api.get(`/api/v1/campaigns/${c.id}/feasibility`);
  const short = f.rows.filter(r => r.message);
  return section('campaign.feasibility',
    h('p', { id: 'feasibility-summary', class: short.length ? 'status warn' : 'status ok' },
      t('campaign.feasibleSummary', { needed: num(f.needed_airings), days: num(f.days), planned: num(f.planned_airings), short: num(f.short_station_days) })),
    short.length === 0 ? h('p', {}, t('campaign.allFit')) : table('campaign.shortRows', [t('common.station'), t('common.day'), t('dash.reason')],
      short.slice(0, 50).map(r => row(stationNames.get(r.station_id) || String(r.station_id), date(r.day), errorText(r)))),
    suggestionsPart(c, f, stationNames, writer && c.status !== 'closed', go));
}

async function complianceSection(c, today) {
  if (c.period_start > today) return section('campaign.compliance', h('p', {}, t('campaign.notStarted')));
  const to = c.period_end < today ? c.period_end : today;
  const r = await api.get('/api/v1/reports/compliance' + query({ campaign_id: c.id, from: c.period_start, to }));
  return section('campaign.compliance',
    h('p', {}, t('campaign.overall', { achieved: num(r.achieved), targeted: num(r.targeted), pct: pct(r.compliance), days: pct(r.days_share) })),
    table(null, [t('common.station'), t('campaign.targeted'), t('campaign.achieved'), t('campaign.rate'), t('campaign.sound'),
      t('campaign.reason')],
      r.stations.map(s => row(link('#/schedule/' + s.station_id, s.station_name), num(s.targeted), num(s.achieved), pct(s.compliance),
        pct(s.sound_share), s.reason ? t('reason.' + s.reason) : '—'))),
    h('p', {}, link('#/frequency' + query({ campaign: c.id, from: c.period_start, to }), t('campaign.frequency'))));
}

define({
  'reason.silent': ['Đài im lặng, mất liên lạc', 'station silent'],
  'reason.misses': ['Bỏ lỡ hoặc lỗi phát', 'missed or failed airings'],
  'reason.partials': ['Phát dở hoặc bị ngắt', 'partial or interrupted airings'],
  'reason.not_reported': ['Chưa báo cáo', 'not reported yet'],
  'reason.not_scheduled': ['Không được xếp lịch (thiếu khung giờ)', 'not scheduled (not enough window time)']
});

/** Last year's plan for this year: the same owner, targets, frequency and still-approved programs, as a draft. */
function cloneSection(c, message, go) {
  const name = h('input', { type: 'text', value: c.name, maxlength: 200 });
  const from = h('input', { type: 'date', required: true });
  const to = h('input', { type: 'date', required: true });
  const form = h('form', { class: 'clone-form', onsubmit: async e => {
    e.preventDefault();
    try {
      const copy = await api.post(`/api/v1/campaigns/${c.id}/clone`, { name: name.value, period_start: from.value, period_end: to.value });
      go('#/campaigns/' + copy.id);
    } catch (err) { showError(message, err); }
  } }, field('campaign.cloneName', name), field('campaign.cloneFrom', from), field('campaign.cloneTo', to),
  h('p', {}, h('button', { type: 'submit' }, t('campaign.cloneGo'))));
  return section('campaign.clone', form);
}

export default {
  async render(main, { session, params, go }) {
    let writer = ['admin', 'planner'].includes(session.user.role);
    if (params[0] === 'new') {
      if (!writer) throw new Error(t('app.forbidden'));
      fill(main, h('h1', {}, t('campaign.new')), await campaignForm(session, null, saved => go('#/campaigns/' + saved.id)));
      return;
    }
    const c = await api.get('/api/v1/campaigns/' + params[0]);
    const [units, stations, today] = await Promise.all([orgUnits(), api.get('/api/v1/stations'), serverToday()]);
    const stationNames = new Map(stations.items.map(s => [s.id, s.name]));
    // a campaign from above fills the user's stations: they read it, its owner's people change it
    writer = writer && units.byCode.has(c.owner_unit_code);
    const message = status('');
    const actions = h('p', { class: 'actions' },
      writer && c.status === 'draft' ? h('button', { type: 'button', id: 'publish', onclick: async () => {
        try { await api.post(`/api/v1/campaigns/${c.id}/publish`); go('#/campaigns/' + c.id); } catch (e) { showError(message, e); }
      } }, t('campaign.publish')) : null,
      writer && c.status === 'active' ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
        const reason = prompt(t('campaign.confirmClose'), '');
        if (reason === null) return;
        try { await api.post(`/api/v1/campaigns/${c.id}/close`, reason.trim() ? { reason: reason.trim() } : {}); go('#/campaigns/' + c.id); } catch (e) { showError(message, e); }
      } }, t('campaign.close')) : null,
      writer && c.status === 'draft' && !c.published_at ? h('button', { type: 'button', class: 'secondary', id: 'delete-draft', onclick: async () => {
        if (!confirm(t('campaign.confirmDelete'))) return;
        try { await api.del(`/api/v1/campaigns/${c.id}`); go('#/campaigns'); } catch (e) { showError(message, e); }
      } }, t('campaign.delete')) : null);
    const details = section('campaign.details', h('dl', { class: 'facts' },
      h('dt', {}, t('campaigns.status')), h('dd', { id: 'campaign-status' }, word('campaign_status', c.status)),
      h('dt', {}, t('campaign.owner')), h('dd', {}, unitName(units, c.owner_unit_code)),
      h('dt', {}, t('campaigns.period')), h('dd', {}, `${date(c.period_start)} – ${date(c.period_end)}`),
      h('dt', {}, t('campaigns.priority')), h('dd', {}, word('priority', c.priority)),
      h('dt', {}, t('campaigns.target')), h('dd', {}, `${c.target.count} ${word('target_kind', c.target.kind)}`),
      h('dt', {}, t('campaign.units')), h('dd', {}, c.target_units.map(u => unitName(units, u)).join(', ') || '—'),
      h('dt', {}, t('campaign.programs')), h('dd', {}, c.programs.map(p => p.title).join(', '))));
    fill(main, h('h1', {}, c.name), actions, message,
      c.period_note ? h('p', { class: 'status', id: 'period-note' }, errorText(c.period_note)) : null, details);
    if (c.status !== 'closed') add(main, await feasibilitySection(c, stationNames, writer, go));
    if (c.status !== 'draft') add(main, await complianceSection(c, today));
    add(main, await campaignPortalSection(c.id, writer));
    if (writer) add(main, cloneSection(c, message, go));
    if (writer && c.status !== 'closed') {
      add(main, section('campaign.edit', await campaignForm(session, c, () => go('#/campaigns/' + c.id))));
    }
  }
};
