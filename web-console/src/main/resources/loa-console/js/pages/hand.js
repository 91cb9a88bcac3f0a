// What planners decide by hand, beside the campaigns: days off (holidays and days of mourning for a unit's
// stations, a station paused for repair), programs at fixed times, and the fallback playlist that keeps a
// unit's loudspeakers on when a station's schedule runs out. Everyone reads; planners and admins change.
'use strict';

import { api, serverToday } from '../api.js';
import { define, t, date, addDays } from '../i18n.js';
import { h, fill, add, field, select, status, section, table, row, showError } from '../dom.js';
import { orgUnits, unitOptions, stationOptions, whereText, WEEKDAYS } from '../common.js';

define({
  'hand.title': ['Ngày nghỉ, giờ cố định, phát dự phòng', 'Days off, fixed slots, fallback'],
  'hand.daysOff': ['Ngày nghỉ', 'Days off'],
  'hand.noDaysOff': ['Chưa có ngày nghỉ nào sắp tới.', 'No day off ahead.'],
  'hand.kind': ['Loại', 'Kind'],
  'hand.holiday': ['Ngày lễ, ngày tang (không phát chiến dịch; thông báo khẩn vẫn phát)', 'Holiday or day of mourning (no campaign programs; urgent notices still air)'],
  'hand.pause': ['Tạm dừng một đài (đang sửa chữa; không phát gì, không tính là bỏ lỡ)', 'Pause one station (under repair; nothing airs, nothing counts as missed)'],
  'hand.holidayShort': ['Ngày lễ, ngày tang', 'Holiday, mourning'],
  'hand.pauseShort': ['Tạm dừng', 'Paused'],
  'hand.where': ['Áp dụng cho', 'Applies to'],
  'hand.unit': ['Đơn vị hoặc nhóm', 'Unit or group'],
  'hand.station': ['Đài', 'Station'],
  'hand.firstDay': ['Từ ngày', 'From'],
  'hand.lastDay': ['Đến ngày', 'To'],
  'hand.reason': ['Lý do', 'Reason'],
  'hand.addDayOff': ['Thêm ngày nghỉ', 'Add the day off'],
  'hand.withdraw': ['Bỏ', 'Withdraw'],
  'hand.slots': ['Giờ phát cố định', 'Fixed slots'],
  'hand.noSlots': ['Chưa có giờ phát cố định nào.', 'No fixed slot yet.'],
  'hand.name': ['Tên (ví dụ: Bản tin xã)', 'Name (e.g. the commune bulletin)'],
  'hand.program': ['Chương trình', 'Program'],
  'hand.start': ['Giờ phát', 'Time'],
  'hand.repeat': ['Lặp lại', 'Repeats'],
  'hand.everyDays': ['mỗi N ngày', 'every N days'],
  'hand.everyWeeks': ['vào các thứ đã chọn, mỗi N tuần', 'on the weekdays chosen, every N weeks'],
  'hand.every': ['N =', 'N ='],
  'hand.weekdays': ['Các thứ trong tuần', 'Weekdays'],
  'hand.addSlot': ['Thêm giờ phát cố định', 'Add the fixed slot'],
  'hand.retire': ['Ngừng', 'Stop'],
  'hand.repeatDays': ['mỗi {n} ngày', 'every {n} days'],
  'hand.repeatWeeks': ['{days}, mỗi {n} tuần', '{days}, every {n} weeks'],
  'hand.fallback': ['Danh sách phát dự phòng của đơn vị', 'A unit\'s fallback playlist'],
  'hand.fallbackHint': ['Khi một đài mất kết nối lâu hơn số ngày lịch phát được gửi trước, hoặc thiếu tệp âm thanh, phần mềm tại đài phát lần lượt các chương trình này trong khung giờ của đài; nhật ký ghi là "phát dự phòng", không tính cho chiến dịch nào.',
    'When a station has had no link for longer than its schedule reaches, or an item\'s audio is missing, its agent airs these programs in turn in its windows; the log says "fallback", counted for no campaign.'],
  'hand.fallbackFor': ['Đơn vị', 'Unit'],
  'hand.fallbackNone': ['Chưa có chương trình dự phòng.', 'No fallback program yet.'],
  'hand.saveFallback': ['Lưu danh sách dự phòng', 'Save the fallback playlist']
});

function daysOffSection(ctx) {
  const { units, stations, stationNames, writer, today, redraw } = ctx;
  const list = ctx.daysOff.length === 0 ? h('p', {}, t('hand.noDaysOff')) : table(null,
    [t('hand.kind'), t('hand.where'), t('hand.firstDay'), t('hand.lastDay'), t('hand.reason'), ''],
    ctx.daysOff.map(d => row(t(d.kind === 'pause' ? 'hand.pauseShort' : 'hand.holidayShort'), whereText(units, stationNames, d),
      date(d.first_day), date(d.last_day), d.reason,
      writer ? h('button', { type: 'button', class: 'small secondary', onclick: async () => {
        await api.del('/api/v1/days-off/' + d.id); redraw();
      } }, t('hand.withdraw')) : '')));
  if (!writer) return section('hand.daysOff', list);
  const kind = select([['holiday', t('hand.holiday')], ['pause', t('hand.pause')]], 'holiday');
  const unit = select(unitOptions(units, false, ['province', 'district', 'commune', 'group']), null);
  const station = select(stationOptions(stations, true), '');
  const first = h('input', { type: 'date', required: true, value: today });
  const last = h('input', { type: 'date', required: true, value: today });
  const reason = h('input', { required: true, maxlength: '500' });
  const message = status('');
  const form = h('form', { id: 'day-off-form' }, field('hand.kind', kind), field('hand.unit', unit), field('hand.station', station),
    field('hand.firstDay', first), field('hand.lastDay', last), field('hand.reason', reason),
    h('p', {}, h('button', { type: 'submit' }, t('hand.addDayOff'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { kind: kind.value, first_day: first.value, last_day: last.value, reason: reason.value.trim() };
    if (station.value) body.station_id = Number(station.value); else body.scope_code = unit.value;
    try { await api.post('/api/v1/days-off', body); redraw(); } catch (e) { showError(message, e); }
  });
  return section('hand.daysOff', list, form);
}

function slotsSection(ctx) {
  const { units, stations, stationNames, programs, writer, today, redraw } = ctx;
  const titles = new Map(programs.map(p => [p.id, p.title]));
  const repeatText = s => s.repeat === 'weeks'
    ? t('hand.repeatWeeks', { days: s.weekdays.map(d => t('day.' + d)).join(', '), n: s.every })
    : t('hand.repeatDays', { n: s.every });
  const list = ctx.slots.length === 0 ? h('p', {}, t('hand.noSlots')) : table(null,
    [t('hand.name'), t('hand.program'), t('hand.where'), t('hand.start'), t('hand.repeat'), t('hand.firstDay'), ''],
    ctx.slots.map(s => row(s.name, titles.get(s.program_id) || '#' + s.program_id, whereText(units, stationNames, s), s.start,
      repeatText(s), date(s.first_day),
      writer ? h('button', { type: 'button', class: 'small secondary', onclick: async () => {
        await api.del('/api/v1/recurring-slots/' + s.id); redraw();
      } }, t('hand.retire')) : '')));
  if (!writer) return section('hand.slots', list);
  const name = h('input', { required: true, maxlength: '200' });
  const program = select(programs.map(p => [String(p.id), p.title]), null, { required: true });
  const unit = select(unitOptions(units, false, ['province', 'district', 'commune', 'group']), null);
  const station = select(stationOptions(stations, true), '');
  const start = h('input', { type: 'time', required: true, value: '17:00' });
  const repeat = select([['days', t('hand.everyDays')], ['weeks', t('hand.everyWeeks')]], 'days');
  const every = h('input', { type: 'number', min: '1', max: '365', value: '1', required: true });
  const boxes = WEEKDAYS.map(d => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: d }), ' ', t('day.' + d)));
  const first = h('input', { type: 'date', required: true, value: today });
  const message = status('');
  const form = h('form', { id: 'slot-form' }, field('hand.name', name), field('hand.program', program), field('hand.unit', unit),
    field('hand.station', station), field('hand.start', start), field('hand.repeat', repeat), field('hand.every', every),
    h('fieldset', {}, h('legend', {}, t('hand.weekdays')), boxes), field('hand.firstDay', first),
    h('p', {}, h('button', { type: 'submit' }, t('hand.addSlot'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { name: name.value.trim(), program_id: Number(program.value), start: start.value, repeat: repeat.value,
      every: Number(every.value), first_day: first.value,
      weekdays: boxes.map(l => l.querySelector('input')).filter(i => i.checked).map(i => i.value) };
    if (station.value) body.station_id = Number(station.value); else body.scope_code = unit.value;
    try { await api.post('/api/v1/recurring-slots', body); redraw(); } catch (e) { showError(message, e); }
  });
  return section('hand.slots', list, form);
}

async function fallbackSection(ctx, code) {
  const { units, programs, writer, redraw } = ctx;
  const f = await api.get('/api/v1/org-units/' + encodeURIComponent(code) + '/fallback');
  const chosen = new Set(f.own.map(p => p.program_id));
  const pick = select(unitOptions(units, false, ['province', 'district', 'commune']), code);
  pick.addEventListener('change', () => redraw(pick.value));
  const current = f.own.length === 0 ? h('p', {}, t('hand.fallbackNone'))
    : h('ol', {}, f.own.map(p => h('li', {}, p.title)));
  if (!writer) return section('hand.fallback', h('p', { class: 'muted' }, t('hand.fallbackHint')), field('hand.fallbackFor', pick), current);
  const boxes = programs.map(p => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: String(p.id),
    checked: chosen.has(p.id) || null }), ' ', p.title));
  const message = status('');
  const form = h('form', { id: 'fallback-form' }, h('fieldset', {}, h('legend', {}, t('hand.program')), boxes),
    h('p', {}, h('button', { type: 'submit' }, t('hand.saveFallback'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const ids = boxes.map(l => l.querySelector('input')).filter(i => i.checked).map(i => Number(i.value));
    try { await api.put('/api/v1/org-units/' + encodeURIComponent(code) + '/fallback', { program_ids: ids }); redraw(code); } catch (e) { showError(message, e); }
  });
  return section('hand.fallback', h('p', { class: 'muted' }, t('hand.fallbackHint')), field('hand.fallbackFor', pick), current, form);
}

export default {
  async render(main, { session, query: q, go }) {
    const writer = ['admin', 'planner'].includes(session.user.role);
    const [units, stations, today, daysOff, slots, programs] = await Promise.all([orgUnits(), api.get('/api/v1/stations'),
      serverToday(), api.get('/api/v1/days-off'), api.get('/api/v1/recurring-slots'),
      api.get('/api/v1/programs?status=approved')]);
    const code = q.get('unit') || session.user.scope_code || (units.roots[0] && units.roots[0].code);
    const ctx = { units, stations: stations.items, stationNames: new Map(stations.items.map(s => [s.id, s.name])),
      daysOff: daysOff.items, slots: slots.items, programs: programs.items, writer, today,
      redraw: unit => go(`#/hand?unit=${encodeURIComponent(unit || code)}&t=${Date.now()}`) };
    fill(main, h('h1', {}, t('hand.title')), daysOffSection(ctx), slotsSection(ctx));
    if (code && units.byCode.has(code)) add(main, await fallbackSection(ctx, code));
  }
};
