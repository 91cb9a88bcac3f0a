// A station: its settings (windows on a weekday grid, languages), its agent's state, and for admins the
// editor and the enrolment codes. #/stations/new creates one.
'use strict';

import { api } from '../api.js';
import { define, t, num, dateTime, bytes, errorText } from '../i18n.js';
import { h, fill, add, field, select, status, section, table, row, link, showError, confirmButton } from '../dom.js';
import { orgUnits, unitName } from '../common.js';
import { languageChecks, languageName } from '../languages.js';
import { windowsEditor, windowsGrid } from '../windows.js';
import { credentialsSection } from './credentials.js';
import { sitesSection } from './sites.js';
import { chainsSection } from './chains.js';

define({
  'station.remove': ['Xoá đài', 'Delete the station'],
  'station.removeHint': ['Chỉ xoá được đài chưa từng gửi nhật ký phát (tạo nhầm); đài đã phát giữ lại lịch sử. Một điểm phát thôi dùng thì ngừng điểm phát đó.',
    'Only a station that never sent an as-run record can be deleted (created by mistake); a station that aired keeps its history. Retire a site that is no longer used.'],
  'station.delete': ['Xoá đài này', 'Delete this station'],
  'station.deleteConfirm': ['Xoá hẳn "{name}"?', 'Delete "{name}" for good?'],
  'station.deleteYes': ['Xác nhận xoá', 'Confirm deleting'],
  'station.deleteNo': ['Không xoá', 'Keep it'],
  'station.new': ['Thêm đài truyền thanh', 'Add a station'],
  'station.code': ['Mã đài', 'Station code'],
  'station.name': ['Tên đài', 'Station name'],
  'station.commune': ['Xã / phường', 'Commune / ward'],
  'station.languages': ['Ngôn ngữ phát', 'Languages aired'],
  'station.create': ['Tạo đài', 'Create the station'],
  'station.settings': ['Thông tin đài', 'Station settings'],
  'station.relayReach': ['Luồng tiếp âm', 'Relay streams'],
  'station.minutes': ['{n} phút phát mỗi tuần', '{n} minutes of airtime a week'],
  'station.schedule': ['Xem lịch phát của đài', 'See the station\'s schedule'],
  'station.agent': ['Phần mềm tại đài', 'The station\'s agent'],
  'station.noAgent': ['Phần mềm tại đài chưa kết nối lần nào. Hãy cấp mã đăng ký và nhập mã đó khi cài phần mềm tại đài.',
    'The agent has never connected. Issue an enrolment code and enter it when installing the agent.'],
  'station.noAgentAsk': ['Phần mềm tại đài chưa kết nối lần nào. Hãy đề nghị quản trị viên cấp mã đăng ký, rồi nhập mã đó khi cài phần mềm tại đài.',
    'The agent has never connected. Ask an administrator for an enrolment code and enter it when installing the agent.'],
  'station.lastHeartbeat': ['Tín hiệu gần nhất', 'Last heartbeat'],
  'station.offset': ['Lệch đồng hồ máy tính', 'PC clock offset'],
  'station.offsetValue': ['{s} giây', '{s} seconds'],
  'station.clockBound': ['Độ chính xác giờ phát', 'Start-time accuracy'],
  'station.clockBoundValue': ['± {ms} ms', '± {ms} ms'],
  'station.clockBoundBad': ['± {ms} ms — đường truyền chậm, giờ bắt đầu có thể lệch tới {ms} ms',
    '± {ms} ms — a slow link: starts may be off by up to {ms} ms'],
  'station.disk': ['Dung lượng đĩa còn trống', 'Free disk'],
  'station.backlog': ['Bản ghi chưa gửi', 'Records not yet sent'],
  'station.memory': ['Bộ nhớ phần mềm tại đài đang dùng', 'Memory the agent uses'],
  'station.version': ['Phiên bản phần mềm tại đài', 'Agent version'],
  'station.audio': ['Âm thanh', 'Audio'],
  'station.lastError': ['Lỗi gần nhất', 'Last error'],
  'station.received': ['Bản ghi đã nhận', 'Records received'],
  'station.notReported': ['Chưa báo cáo', 'Not reported yet'],
  'station.notReportedValue': ['{n} bản ghi (số thứ tự {ranges}); máy sẽ gửi khi có mạng', '{n} records (sequence {ranges}); the PC sends them when it is online'],
  'station.pcs': ['Số máy đã đăng ký', 'PCs enrolled'],
  'station.edit': ['Sửa thông tin đài', 'Edit the station'],
  'station.fallback': ['Phát dự phòng khi hết lịch', 'Fallback when the schedule runs out'],
  'station.fallbackOwn': ['Danh sách riêng của đài:', 'The station\'s own playlist:'],
  'station.fallbackInherited': ['Theo danh sách của đơn vị (sửa ở trang "Ngày nghỉ, giờ cố định"):', 'The unit\'s playlist (set on the "Days off, fixed slots" page):'],
  'station.fallbackNone': ['Chưa có: khi mất lịch, loa sẽ im lặng.', 'None: when the schedule runs out, the loudspeakers fall silent.'],
  'station.fallbackSave': ['Lưu danh sách riêng của đài (bỏ chọn hết: theo đơn vị)', 'Save the station\'s own playlist (none ticked: follow the unit)'],
  'station.quiet': ['Giờ được phát: {from}–{to}', 'Airing allowed: {from}–{to}'],
  'station.waiver': ['Được miễn giờ yên tĩnh: {why}', 'Quiet-hours waiver: {why}']
});

function stationForm(units, station, onSaved) {
  const communes = units.list.filter(u => u.level === 'commune').map(u => [u.code, unitName(units, u.code)]);
  const code = h('input', { value: station ? station.code : '', required: true, maxlength: '40', readonly: station ? true : null });
  const name = h('input', { value: station ? station.name : '', required: true, maxlength: '200' });
  const commune = select(communes, station ? station.commune_code : null, { required: true });
  const languages = languageChecks(t('station.languages'), station ? station.languages : ['vi']);
  const windows = windowsEditor(station ? station.windows : [{ days: ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'], start: '06:00', end: '06:30' }]);
  const message = status('');
  const form = h('form', { class: 'station-form' }, field('station.code', code), field('station.name', name),
    field('station.commune', commune), languages.element, windows.element,
    h('p', {}, h('button', { type: 'submit' }, t(station ? 'common.save' : 'station.create'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { code: code.value.trim(), name: name.value.trim(), commune_code: commune.value,
      languages: languages.value(), windows: windows.value() };
    if (station) {
      body.time_zone = station.time_zone;
      body.quiet_hours = station.quiet_hours;
      body.quiet_hours_waiver = station.quiet_hours_waiver;
    }
    try {
      const saved = station ? await api.put('/api/v1/stations/' + station.id, body) : await api.post('/api/v1/stations', body);
      onSaved(saved);
    } catch (e) {
      showError(message, e);
    }
  });
  return form;
}

// above 20 ms the agent can no longer wait its clock's error out before a start: said, not hidden
const NEVER_EARLY_MAX_MS = 20;

function clockBound(ms) {
  if (ms == null) return h('dd', {}, '—');
  if (ms > NEVER_EARLY_MAX_MS) return h('dd', { class: 'status warn' }, t('station.clockBoundBad', { ms: num(ms) }));
  return h('dd', {}, t('station.clockBoundValue', { ms: num(ms) }));
}

function agentSection(s, admin) {
  const a = s.agent;
  if (!a) return section('station.agent', h('p', {}, t(admin ? 'station.noAgent' : 'station.noAgentAsk')));
  return section('station.agent', h('dl', { class: 'facts' },
    h('dt', {}, t('station.lastHeartbeat')), h('dd', {}, dateTime(a.last_heartbeat_at)),
    h('dt', {}, t('station.offset')), h('dd', {}, t('station.offsetValue', { s: num((a.clock_offset_ms || 0) / 1000, 1) })),
    h('dt', {}, t('station.clockBound')), clockBound(a.clock_uncertainty_ms),
    h('dt', {}, t('station.disk')), h('dd', {}, bytes(a.free_disk_bytes)),
    h('dt', {}, t('station.backlog')), h('dd', {}, num(a.outbox_backlog)),
    h('dt', {}, t('station.memory')), h('dd', {}, a.resident_bytes == null ? '—' : bytes(a.resident_bytes)),
    h('dt', {}, t('station.version')), h('dd', {}, a.version || '—'),
    h('dt', {}, t('station.audio')), h('dd', {}, a.audio_state || '—'),
    a.relay_state ? h('dt', {}, t('station.relayReach')) : null, a.relay_state ? h('dd', { class: 'pre' }, a.relay_state) : null,
    h('dt', {}, t('station.lastError')), h('dd', {}, a.last_error || '—'),
    h('dt', {}, t('station.received')), h('dd', {}, s.as_run ? num(s.as_run.received) : '—'),
    ...(s.as_run && s.as_run.missing_count > 0 ? [h('dt', {}, t('station.notReported')), h('dd', {},
      t('station.notReportedValue', { n: num(s.as_run.missing_count), ranges: s.as_run.gaps.slice(0, 5)
        .map(g => g.from === g.to ? g.from : g.from + '–' + g.to).join(', ') }))] : []),
    ...(s.as_run && s.as_run.enrolments.length > 1
      ? [h('dt', {}, t('station.pcs')), h('dd', {}, num(s.as_run.enrolments.length))] : [])));
}

async function fallbackSection(s, writer, go) {
  const f = await api.get(`/api/v1/stations/${s.id}/fallback`);
  const own = f.own.length > 0;
  const list = f.airs.length === 0 ? h('p', { class: 'status warn' }, t('station.fallbackNone'))
    : h('div', {}, h('p', {}, t(own ? 'station.fallbackOwn' : 'station.fallbackInherited')),
      h('ol', { id: 'fallback-list' }, f.airs.map(p => h('li', {}, p.title))));
  if (!writer) return section('station.fallback', list);
  const programs = (await api.get('/api/v1/programs?status=approved')).items;
  const chosen = new Set(f.own.map(p => p.program_id));
  const boxes = programs.map(p => h('label', { class: 'check' }, h('input', { type: 'checkbox', value: String(p.id),
    checked: chosen.has(p.id) || null }), ' ', p.title));
  const message = status('');
  const form = h('form', {}, h('fieldset', {}, h('legend', {}, t('common.program')), boxes),
    h('p', {}, h('button', { type: 'submit' }, t('station.fallbackSave'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const ids = boxes.map(l => l.querySelector('input')).filter(i => i.checked).map(i => Number(i.value));
    try { await api.put(`/api/v1/stations/${s.id}/fallback`, { program_ids: ids }); go('#/stations/' + s.id); } catch (e) { showError(message, e); }
  });
  return section('station.fallback', list, form);
}

export default {
  async render(main, { session, params, go }) {
    const units = await orgUnits();
    const admin = session.user.role === 'admin';
    if (params[0] === 'new') {
      if (!admin) throw new Error(t('app.forbidden'));
      fill(main, h('h1', {}, t('station.new')), stationForm(units, null, saved => go('#/stations/' + saved.id)));
      return;
    }
    const s = await api.get('/api/v1/stations/' + params[0]);
    const settings = section('station.settings',
      h('p', {}, `${s.code} — ${unitName(units, s.commune_code)} — ${s.languages.map(languageName).join(', ')} — ${s.time_zone}`),
      h('p', {}, t('station.minutes', { n: num(s.minutes_per_week) })),
      h('p', {}, t('station.quiet', { from: s.quiet_hours.not_before, to: s.quiet_hours.not_after || '24:00' })),
      s.quiet_hours_waiver ? h('p', {}, t('station.waiver', { why: s.quiet_hours_waiver })) : null,
      ...(s.warnings || []).map(w => status(errorText(w), 'warn')),
      windowsGrid(s.windows),
      h('p', {}, link('#/schedule/' + s.id, t('station.schedule'))));
    const planner = admin || session.user.role === 'planner';
    fill(main, h('h1', {}, s.name), settings, agentSection(s, admin), await sitesSection(s.id, admin),
      await chainsSection(s.id), await fallbackSection(s, planner, go));
    if (admin) {
      const message = status('');
      add(main, section('station.edit', stationForm(units, s, () => go('#/stations/' + s.id))),
        await credentialsSection(s.id),
        section('station.remove', h('p', { class: 'muted' }, t('station.removeHint')), h('p', { class: 'actions' },
          confirmButton('station-delete', t('station.delete'), t('station.deleteConfirm', { name: s.name }), t('station.deleteYes'),
            t('station.deleteNo'), async () => { await api.del('/api/v1/stations/' + s.id); go('#/units'); }, message)), message));
    }
  }
};
