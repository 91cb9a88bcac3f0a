// A station's week at a glance: seven days of items side by side (stacked on a phone). Planners move or
// remove a future airing from here; the change is kept by every later re-plan, audited, and published
// before the page redraws. Nothing already aired, or about to air, can be touched.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, date, time, longDate, addDays, errorText } from '../i18n.js';
import { h, fill, field, status, link, showError } from '../dom.js';

define({
  'week.title': ['Lịch phát cả tuần của {name}', 'The week of {name}'],
  'week.from': ['Từ {from} đến {to}', 'From {from} to {to}'],
  'week.prev': ['Tuần trước', 'Previous week'],
  'week.next': ['Tuần sau', 'Next week'],
  'week.day': ['Xem ngày', 'Open the day'],
  'week.empty': ['Không phát', 'Nothing airs'],
  'week.byHand': ['sửa tay', 'by hand'],
  'week.relay': ['Tiếp âm {source} ({minutes} phút)', 'Relay of {source} ({minutes} min)'],
  'week.move': ['Dời giờ', 'Move'],
  'week.remove': ['Bỏ lượt này', 'Remove'],
  'week.newTime': ['Giờ phát mới', 'New time'],
  'week.reason': ['Lý do (ghi vào nhật ký thay đổi)', 'Reason (kept in the audit log)'],
  'week.saveMove': ['Lưu giờ mới', 'Save the new time'],
  'week.saveRemove': ['Bỏ lượt phát này', 'Remove this airing'],
  'week.cancel': ['Thôi', 'Cancel'],
  'week.bySite': ['Cả tuần theo điểm phát, với kết quả', 'The week site by site, with outcomes'],
  'week.hint': ['Chỉ dời hoặc bỏ được lượt phát chưa tới giờ; lịch sẽ giữ thay đổi này cả khi xếp lại.',
    'Only airings still ahead can be moved or removed; re-planning keeps the change.']
});

// an airing this close to its start is in the frozen past on the server (its agent may already hold it)
const FROZEN_MARGIN_MS = 5 * 60 * 1000;

function editForm(stationId, item, kind, onDone, onCancel) {
  const at = h('input', { type: 'time', step: '1', required: true, value: time(item.planned_start) });
  const reason = h('input', { required: true, maxlength: '500' });
  const message = status('');
  const form = h('form', { class: 'week-edit' }, kind === 'move' ? field('week.newTime', at) : null, field('week.reason', reason),
    h('p', { class: 'actions' }, h('button', { type: 'submit' }, t(kind === 'move' ? 'week.saveMove' : 'week.saveRemove')),
      h('button', { type: 'button', class: 'secondary', onclick: onCancel }, t('week.cancel'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const body = { station_id: Number(stationId), day: item.day, kind, program_id: item.program_id,
      campaign_id: item.campaign_id, from: time(item.planned_start), reason: reason.value.trim() };
    if (kind === 'move') body.at = at.value.length === 5 ? at.value + ':00' : at.value;
    try {
      await api.post('/api/v1/schedule-edits', body);
      onDone();
    } catch (e) {
      showError(message, e);
    }
  });
  return form;
}

function itemView(stationId, item, editable, redraw) {
  const byHand = /sửa tay #/.test(item.reason || '');
  const li = h('li', { class: 'week-item' + (byHand ? ' by-hand' : ''), 'data-program': String(item.program_id) },
    h('span', { class: 'when' }, time(item.planned_start, false)), ' ', h('span', { class: 'what' }, item.program_title),
    byHand ? h('span', { class: 'badge' }, t('week.byHand')) : null,
    item.notice_id ? h('span', { class: 'badge missed' }, item.notice_title) : null);
  if (editable && item.campaign_id && !item.notice_id) {
    const open = kind => {
      const form = editForm(stationId, item, kind, redraw, () => { form.remove(); buttons.hidden = false; });
      buttons.hidden = true;
      li.append(form);
      form.querySelector('input').focus();
    };
    const buttons = h('span', { class: 'actions' },
      h('button', { type: 'button', class: 'small', onclick: () => open('move') }, t('week.move')),
      h('button', { type: 'button', class: 'small secondary', onclick: () => open('remove') }, t('week.remove')));
    li.append(buttons);
  }
  return li;
}

/** A relay among the day's items: fixed by its slot (the relays page), not moved from here. */
function relayView(relay) {
  return h('li', { class: 'week-item relay', 'data-relay': String(relay.id) },
    h('span', { class: 'when' }, time(relay.planned_start, false)), ' ',
    h('span', { class: 'what' }, t('week.relay', { source: relay.source_name, minutes: Math.round(relay.duration_ms / 60000) })));
}

export default {
  async render(main, { session, params, query: q, go }) {
    const id = params[0];
    const today = await serverToday();
    const from = q.get('from') || today;
    const to = addDays(from, 6);
    const [station, schedule, health] = await Promise.all([
      api.get('/api/v1/stations/' + id),
      api.get(`/api/v1/stations/${id}/schedule` + query({ from, to })),
      api.get('/health')]);
    const now = Date.parse(health.time);
    const planner = session.user.role === 'admin' || session.user.role === 'planner';
    const redraw = () => go(`#/week/${id}?from=${from}&t=${Date.now()}`);
    const days = [];
    for (let d = 0; d < 7; d++) {
      const day = addDays(from, d);
      const items = schedule.items.filter(i => i.day === day).map(i => ({ at: i.planned_start, view: () => itemView(id, i,
        planner && Date.parse(i.planned_start) > now + FROZEN_MARGIN_MS, redraw) }));
      const relays = (schedule.relays || []).filter(r => r.day === day).map(r => ({ at: r.planned_start, view: () => relayView(r) }));
      const entries = items.concat(relays).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
      days.push(h('section', { class: 'week-day', 'data-day': day, 'aria-label': longDate(day) },
        h('h2', {}, longDate(day)),
        entries.length === 0 ? h('p', { class: 'muted' }, t('week.empty'))
          : h('ol', { class: 'week-items' }, entries.map(e => e.view())),
        h('p', {}, link(`#/schedule/${id}?day=${day}`, t('week.day')))));
    }
    fill(main, h('h1', {}, t('week.title', { name: station.name })),
      h('p', { class: 'actions' }, link(`#/week/${id}?from=${addDays(from, -7)}`, '← ' + t('week.prev')),
        h('span', {}, t('week.from', { from: date(from), to: date(to) })),
        link(`#/week/${id}?from=${addDays(from, 7)}`, t('week.next') + ' →'),
        link(`#/weeks?station=${id}&from=${from}`, t('week.bySite'))),
      planner ? h('p', { class: 'muted' }, t('week.hint')) : null,
      h('div', { class: 'week' }, days));
  }
};
