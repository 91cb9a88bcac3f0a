// Relays (tiếp âm): the live streams of the national and provincial radio that stations relay at fixed times.
// Admins name the sources (and try a stream from the server); planners put them at fixed times on weekdays.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, date, addDays, num, pct } from '../i18n.js';
import { h, fill, field, select, status, section, table, row, showError } from '../dom.js';
import { orgUnits, unitName, unitOptions, stationOptions, whereText, WEEKDAYS } from '../common.js';

define({
  'relay.title': ['Tiếp âm', 'Relays'],
  'relay.hint': ['Đài xã tiếp âm trực tiếp Đài Tiếng nói Việt Nam và đài tỉnh vào giờ cố định; giờ tiếp âm được xếp trước, các chương trình xếp quanh nó. Phần mềm tại đài mở luồng trước vài giây, phát đúng giờ, tự kết nối lại khi mất luồng và ghi nhật ký từng buổi.',
    'Commune stations relay the Voice of Vietnam and the provincial radio live at fixed times; relays are placed first and programs around them. The station\'s agent opens the stream a few seconds ahead, airs it on time, reconnects when it drops and logs every relay.'],
  'relay.sources': ['Nguồn tiếp âm', 'Relay sources'],
  'relay.noSources': ['Chưa có nguồn tiếp âm nào.', 'No relay source yet.'],
  'relay.name': ['Tên (ví dụ: Tiếp âm VOV1)', 'Name (e.g. VOV1 relay)'],
  'relay.owner': ['Đơn vị quản lý', 'Owner unit'],
  'relay.url': ['Địa chỉ luồng phát (http:// hoặc https://)', 'Stream address (http:// or https://)'],
  'relay.fallback': ['Khi mất luồng, phát', 'When the stream is down, air'],
  'relay.silence': ['(không phát gì: im lặng, ghi vào nhật ký)', '(nothing: silence, logged)'],
  'relay.check': ['Thử luồng phát trước khi lưu', 'Try the stream before saving'],
  'relay.test': ['Thử luồng', 'Test the stream'],
  'relay.testing': ['Đang thử luồng từ máy chủ…', 'Trying the stream from the server…'],
  'relay.add': ['Thêm nguồn tiếp âm', 'Add the relay source'],
  'relay.retire': ['Ngừng dùng', 'Retire'],
  'relay.slots': ['Giờ tiếp âm', 'Relay slots'],
  'relay.noSlots': ['Chưa có giờ tiếp âm nào.', 'No relay slot yet.'],
  'relay.source': ['Nguồn', 'Source'],
  'relay.where': ['Áp dụng cho', 'Applies to'],
  'relay.unit': ['Đơn vị hoặc nhóm', 'Unit or group'],
  'relay.station': ['Đài', 'Station'],
  'relay.start': ['Bắt đầu', 'Start'],
  'relay.minutes': ['Số phút', 'Minutes'],
  'relay.time': ['Giờ', 'Time'],
  'relay.weekdays': ['Các thứ trong tuần', 'Weekdays'],
  'relay.days': ['Ngày', 'Days'],
  'relay.firstDay': ['Từ ngày', 'From'],
  'relay.lastDay': ['Đến ngày (để trống: không hạn)', 'To (empty: no end)'],
  'relay.addSlot': ['Thêm giờ tiếp âm', 'Add the relay slot'],
  'relay.end': ['Ngừng', 'End'],
  'relay.added': ['Đã thêm.', 'Added.'],
  'relay.edit': ['Sửa', 'Edit'],
  'relay.editing': ['Sửa nguồn "{name}"', 'Edit the source "{name}"'],
  'relay.save': ['Lưu thay đổi', 'Save the changes'],
  'relay.cancel': ['Thôi', 'Cancel'],
  'relay.compliance': ['Thực hiện tiếp âm', 'Relays carried out'],
  'relay.complianceHint': ['Số buổi tiếp âm đã có trong lịch và đã qua, số buổi mỗi đài phát trọn (nghe được ít nhất 95 % thời lượng), phát dở, bỏ lỡ, chưa báo cáo, số lần phát chương trình dự phòng và mất luồng.',
    'Relays published and over, how many each station carried in full (at least 95 % heard), partial, missed, not reported, fallbacks and drop-outs.'],
  'relay.allSlots': ['(mọi giờ tiếp âm của nguồn)', '(every slot of the source)'],
  'relay.slot': ['Giờ tiếp âm', 'Relay slot'],
  'relay.from': ['Từ ngày', 'From'],
  'relay.to': ['Đến ngày', 'To'],
  'relay.show': ['Xem', 'Show'],
  'relay.overall': ['{played}/{due} buổi phát trọn ({pct}); nghe được {minutes} phút; phát dự phòng {fallbacks} lần.',
    '{played} of {due} relays in full ({pct}); {minutes} minutes heard; fallback aired {fallbacks} times.'],
  'relay.noneDue': ['Chưa có buổi tiếp âm nào của nguồn này đã qua trong khoảng ngày này.', 'No relay of this source is over in these days.'],
  'relay.due': ['Theo lịch', 'Planned'],
  'relay.played': ['Phát trọn', 'In full'],
  'relay.rate': ['Tỷ lệ', 'Rate'],
  'relay.partial': ['Phát dở', 'Partial'],
  'relay.failed': ['Bỏ lỡ/lỗi', 'Missed/failed'],
  'relay.notReported': ['Chưa báo cáo', 'Not reported'],
  'relay.fallbacks': ['Dự phòng', 'Fallback'],
  'relay.dropouts': ['Mất luồng', 'Drop-outs'],
  'relay.reason': ['Nguyên nhân chính', 'Main reason'],
  'relay.csv': ['Tải CSV', 'Download CSV'],
  'relay.xlsx': ['Tải Excel', 'Download Excel'],
  'relay.pdf': ['Tải PDF', 'Download PDF']
});

function testButton(url, message) {
  return h('button', { type: 'button', class: 'secondary', id: 'relay-test', onclick: async () => {
    message.textContent = t('relay.testing');
    message.className = 'status';
    try {
      const result = await api.post('/api/v1/relay-sources/test', { url: url.value.trim() });
      message.textContent = result.message;
      message.className = 'status ' + (result.audio ? 'ok' : 'error');
    } catch (e) { showError(message, e); }
  } }, t('relay.test'));
}

/** The form that names a source, or (with {@code source}) changes one: the stream tried first unless unticked. */
function sourceForm(ctx, source, onCancel) {
  const { units, programs, redraw } = ctx;
  const name = h('input', { required: true, maxlength: '200', value: source ? source.name : '' });
  const owner = select(unitOptions(units, false, ['province', 'district', 'commune']), source ? source.owner_code : ctx.scope,
    source ? { disabled: true } : undefined);
  // a text field, not type=url: the server's message says what is wrong with an address, in Vietnamese
  const url = h('input', { required: true, maxlength: '1000', placeholder: 'http://…', inputmode: 'url', spellcheck: 'false',
    value: source ? source.url : '' });
  const fallback = select([['', t('relay.silence')]].concat(programs.map(p => [String(p.id), p.title])),
    source && source.fallback_program_id ? String(source.fallback_program_id) : '');
  const check = h('input', { type: 'checkbox', checked: true });
  const message = status('');
  const form = h('form', { id: source ? 'relay-source-edit' : 'relay-source-form' },
    source ? h('h3', {}, t('relay.editing', { name: source.name })) : null,
    field('relay.name', name), field('relay.owner', owner), field('relay.url', url), field('relay.fallback', fallback),
    h('label', { class: 'check' }, check, ' ', t('relay.check')),
    h('p', {}, h('button', { type: 'submit' }, t(source ? 'relay.save' : 'relay.add')), ' ', testButton(url, message),
      source ? h('button', { type: 'button', class: 'secondary', onclick: onCancel }, t('relay.cancel')) : null), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    message.textContent = check.checked ? t('relay.testing') : '';
    const body = { owner_code: owner.value, name: name.value.trim(), url: url.value.trim(), check_stream: check.checked,
      fallback_program_id: fallback.value ? Number(fallback.value) : null };
    try {
      if (source) await api.put('/api/v1/relay-sources/' + source.id, body); else await api.post('/api/v1/relay-sources', body);
      redraw();
    } catch (e) { showError(message, e); }
  });
  return form;
}

function sourcesSection(ctx) {
  const { units, admin, redraw } = ctx;
  const creating = admin ? sourceForm(ctx, null) : null;
  const edit = s => {
    const form = sourceForm(ctx, s, () => form.replaceWith(creating));
    (document.getElementById('relay-source-edit') || creating).replaceWith(form);
    form.querySelector('input').focus();
  };
  const list = ctx.sources.length === 0 ? h('p', {}, t('relay.noSources')) : table(null,
    [t('relay.name'), t('relay.owner'), t('relay.url'), t('relay.fallback'), ''],
    ctx.sources.map(s => row(s.name, unitName(units, s.owner_code), h('code', {}, s.url), s.fallback_title || t('relay.silence'),
      admin && !s.retired_at ? h('span', { class: 'actions' },
        h('button', { type: 'button', class: 'small', onclick: () => edit(s) }, t('relay.edit')),
        h('button', { type: 'button', class: 'small secondary', onclick: async () => {
          await api.del('/api/v1/relay-sources/' + s.id); redraw();
        } }, t('relay.retire'))) : '')));
  return admin ? section('relay.sources', list, creating) : section('relay.sources', list);
}

function slotsSection(ctx) {
  const { units, stations, stationNames, writer, today, redraw } = ctx;
  const list = ctx.slots.length === 0 ? h('p', {}, t('relay.noSlots')) : table(null,
    [t('relay.source'), t('relay.where'), t('relay.time'), t('relay.days'), t('relay.firstDay'), ''],
    ctx.slots.map(s => row(s.source_name, whereText(units, stationNames, s), `${s.start}–${s.end}`,
      s.weekdays.map(d => t('day.' + d)).join(', '), date(s.first_day) + (s.last_day ? ' – ' + date(s.last_day) : ''),
      writer ? h('button', { type: 'button', class: 'small secondary', onclick: async () => {
        await api.del('/api/v1/relay-slots/' + s.id); redraw();
      } }, t('relay.end')) : '')));
  if (!writer || ctx.sources.length === 0) return section('relay.slots', list);
  const source = select(ctx.sources.filter(s => !s.retired_at).map(s => [String(s.id), s.name]), null, { required: true });
  const unit = select(unitOptions(units, false, ['province', 'district', 'commune', 'group']), ctx.scope);
  const station = select(stationOptions(stations, true), '');
  const start = h('input', { type: 'time', required: true, value: '17:00' });
  const minutes = h('input', { type: 'number', min: '1', max: '240', value: '30', required: true });
  const boxes = WEEKDAYS.map(d => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: d,
    checked: d !== 'SUN' || null }), ' ', t('day.' + d)));
  const first = h('input', { type: 'date', required: true, value: today });
  const last = h('input', { type: 'date' });
  const message = status('');
  const form = h('form', { id: 'relay-slot-form' }, field('relay.source', source), field('relay.unit', unit),
    field('relay.station', station), field('relay.start', start), field('relay.minutes', minutes),
    h('fieldset', {}, h('legend', {}, t('relay.weekdays')), boxes), field('relay.firstDay', first), field('relay.lastDay', last),
    h('p', {}, h('button', { type: 'submit' }, t('relay.addSlot'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { source_id: Number(source.value), start: start.value, duration_minutes: Number(minutes.value),
      first_day: first.value, last_day: last.value || null,
      weekdays: boxes.map(l => l.querySelector('input')).filter(i => i.checked).map(i => i.value) };
    if (station.value) body.station_id = Number(station.value); else body.scope_code = unit.value;
    try { await api.post('/api/v1/relay-slots', body); redraw(); } catch (e) { showError(message, e); }
  });
  return section('relay.slots', list, form);
}

function complianceTable(r) {
  if (r.due === 0) return h('p', {}, t('relay.noneDue'));
  return [h('p', { id: 'relay-overall' }, t('relay.overall', { played: num(r.played), due: num(r.due), pct: pct(r.compliance),
    minutes: num(r.minutes_heard, 1), fallbacks: num(r.fallbacks) })),
  table(null, [t('relay.station'), t('relay.due'), t('relay.played'), t('relay.rate'), t('relay.partial'), t('relay.failed'),
    t('relay.notReported'), t('relay.fallbacks'), t('relay.dropouts'), t('relay.reason')],
  r.stations.map(s => row(s.station_name, num(s.due), num(s.played), pct(s.compliance), num(s.partial), num(s.failed),
    num(s.not_reported), num(s.fallbacks), num(s.dropouts), s.reason_vi || '')), { class: 'stack', id: 'relay-compliance' })];
}

/** Relays carried out: a source (or one of its slots) over some days, station by station, with its exports. */
function complianceSection(ctx) {
  if (ctx.sources.length === 0) return null;
  const source = select(ctx.sources.map(s => [String(s.id), s.name]), String(ctx.sources[0].id));
  const slot = select([], '');
  const slotsOf = () => [['', t('relay.allSlots')]].concat(ctx.slots.filter(s => String(s.source_id) === source.value)
    .map(s => [String(s.id), `${s.start}–${s.end}, ${s.weekdays.map(d => t('day.' + d)).join(', ')}`]));
  const fillSlots = () => slot.replaceChildren(...slotsOf().map(([v, text]) => h('option', { value: v }, text)));
  fillSlots();
  source.addEventListener('change', fillSlots);
  const from = h('input', { type: 'date', required: true, value: addDays(ctx.today, -6) });
  const to = h('input', { type: 'date', required: true, value: ctx.today });
  const out = h('div', { 'aria-live': 'polite' });
  const message = status('');
  const form = h('form', { id: 'relay-compliance-form', class: 'filters' }, field('relay.source', source), field('relay.slot', slot),
    field('relay.from', from), field('relay.to', to), h('p', {}, h('button', { type: 'submit' }, t('relay.show'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const params = { source_id: source.value, slot_id: slot.value || null, from: from.value, to: to.value };
    try {
      message.textContent = '';
      const r = await api.get('/api/v1/reports/relay-compliance' + query(params));
      const file = format => h('a', { href: '/api/v1/reports/relay-compliance' + query({ ...params, format }), download: '' },
        t('relay.' + format));
      fill(out, complianceTable(r), h('p', { class: 'actions' }, file('csv'), ' ', file('xlsx'), ' ', file('pdf')));
    } catch (e) { showError(message, e); }
  });
  return section('relay.compliance', h('p', { class: 'muted' }, t('relay.complianceHint')), form, out);
}

export default {
  async render(main, { session, go }) {
    const role = session.user.role;
    const [units, stations, today, sources, slots, programs] = await Promise.all([orgUnits(), api.get('/api/v1/stations'),
      serverToday(), api.get('/api/v1/relay-sources'), api.get('/api/v1/relay-slots'),
      api.get('/api/v1/programs?status=approved')]);
    const ctx = { units, stations: stations.items, stationNames: new Map(stations.items.map(s => [s.id, s.name])),
      sources: sources.items, slots: slots.items, programs: programs.items, today,
      admin: role === 'admin', writer: ['admin', 'planner'].includes(role),
      scope: session.user.scope_code || (units.roots[0] && units.roots[0].code),
      redraw: () => go(`#/relays?t=${Date.now()}`) };
    fill(main, h('h1', {}, t('relay.title')), h('p', { class: 'muted' }, t('relay.hint')), sourcesSection(ctx), slotsSection(ctx),
      complianceSection(ctx));
  }
};
