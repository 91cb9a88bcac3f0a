// Labels and lookups several pages share: weekdays, the playout states beside the outcomes, and the org-unit
// tree. The API's own words (outcomes, statuses, roles, kinds) are labelled in vocabulary.js.
'use strict';

import { api } from './api.js';
import { h } from './dom.js';
import { define, t, date } from './i18n.js';
import { word } from './vocabulary.js';

define({
  'outcome.not_reported': ['chưa báo cáo', 'not reported yet'],
  'outcome.pending': ['chưa tới giờ', 'not due yet'],
  'day.MON': ['T2', 'Mon'], 'day.TUE': ['T3', 'Tue'], 'day.WED': ['T4', 'Wed'], 'day.THU': ['T5', 'Thu'],
  'day.FRI': ['T6', 'Fri'], 'day.SAT': ['T7', 'Sat'], 'day.SUN': ['CN', 'Sun'],
  'silent.no_heartbeat': ['Không nhận được tín hiệu từ phần mềm tại đài', 'No heartbeat from the station PC'],
  'silent.no_airing': ['Có lịch nhưng không phát', 'Items scheduled but nothing aired'],
  'common.all': ['Tất cả', 'All'],
  'common.from': ['Từ ngày', 'From'],
  'common.to': ['Đến ngày', 'To'],
  'common.unit': ['Đơn vị', 'Unit'],
  'common.show': ['Xem', 'Show'],
  'common.save': ['Lưu', 'Save'],
  'common.cancel': ['Huỷ', 'Cancel'],
  'common.none': ['Không có', 'None'],
  'common.saved': ['Đã lưu.', 'Saved.'],
  'common.station': ['Đài', 'Station'],
  'common.program': ['Chương trình', 'Program'],
  'common.campaign': ['Chiến dịch', 'Campaign'],
  'common.day': ['Ngày', 'Day'],
  'common.filterUnits': ['Lọc theo tên đơn vị', 'Filter by unit name'],
  'common.outcome': ['Kết quả', 'Outcome'],
  'common.group': ['Nhóm: {name}', 'Group: {name}'],
  'common.former': ['{name} (cũ, trước {day})', '{name} (former, before {day})']
});

export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

let unitCache = null;

/** Every org unit the caller can list, by code, with children lists; loaded once per page load. */
/** After an import or an edit of units: the next page reads the tree again. */
export function forgetUnits() {
  unitCache = null;
}

export async function orgUnits() {
  if (!unitCache) {
    const [units, planning] = await Promise.all([api.get('/api/v1/org-units'), api.get('/api/v1/planning-groups')]);
    const list = units.items;
    const nodes = list.map(u => ({ ...u, children: [] }));
    // after a move to the new map a former unit may share its code with the new unit that took it: the code
    // names the unit in force; the former one keeps its place in the old tree (its parents' codes are unique)
    const byCode = new Map(nodes.filter(u => u.superseded_on).map(u => [u.code, u]));
    nodes.filter(u => !u.superseded_on).forEach(u => byCode.set(u.code, u));
    for (const u of nodes) if (u.parent_code && byCode.has(u.parent_code)) byCode.get(u.parent_code).children.push(u);
    const roots = nodes.filter(u => !u.parent_code || !byCode.has(u.parent_code));
    // planning groups name a set of communes wherever a unit code goes (targets, reports); looked up by code too
    const groups = planning.items.map(g => ({ code: g.code, name: g.name, level: 'group', members: g.member_codes, children: [] }));
    groups.forEach(g => byCode.set(g.code, g));
    unitCache = { list, byCode, roots, groups };
  }
  return unitCache;
}

export function forgetOrgUnits() {
  unitCache = null;
}

/** "Huyện Ba Bể" for a unit code, or the code itself. */
export function unitName(units, code) {
  const u = units.byCode.get(code);
  if (u) return unitLabel(u);
  const group = units.groups.find(g => g.code === code);
  return group ? t('common.group', { name: group.name }) : code;
}

/** A unit's name with its type where the name lacks it, and "(cũ, trước …)" for a unit of the old map. */
export function unitLabel(u) {
  // catalogue names usually carry their type already ("Huyện Ba Bể"); add it only where they do not
  const name = u.type && !u.name.toLowerCase().startsWith(u.type.toLowerCase()) ? `${u.type} ${u.name}` : u.name;
  return u.superseded_on ? t('common.former', { name, day: date(u.superseded_on) }) : name;
}

/**
 * Options for a unit picker: the caller's units of the levels asked (by default above commune level),
 * indented by depth, then the planning groups when 'group' is asked (reports roll up by them by default).
 */
export function unitOptions(units, withAll, levels = ['province', 'district', 'group']) {
  const options = withAll ? [['', t('common.all')]] : [];
  const walk = (u, depth) => {
    if (levels.includes(u.level)) options.push([u.code, '\u00a0\u00a0'.repeat(depth) + unitLabel(u)]);
    u.children.forEach(c => walk(c, depth + 1));
  };
  units.roots.forEach(r => walk(r, 0));
  if (levels.includes('group')) units.groups.forEach(g => options.push([g.code, t('common.group', { name: g.name })]));
  return options;
}

/**
 * Units as a list of checkboxes with a filter (a finger can tick them; a Ctrl-click multi-select cannot be
 * used on a phone): value() gives the ticked codes. Indented by depth in the tree.
 */
export function unitChecks(legend, units, levels, selected, attrs) {
  const options = unitOptions(units, false, levels);
  const filter = h('input', { type: 'search', 'aria-label': t('common.filterUnits'), placeholder: t('common.filterUnits') });
  const rows = options.map(([code, label]) => {
    const depth = (label.match(/^(\u00a0\u00a0)*/)[0].length) / 2;
    const name = label.replace(/^\u00a0+/, '');
    const box = h('input', { type: 'checkbox', value: code, checked: selected.includes(code) });
    const row = h('label', { class: 'check', style: `padding-left: ${depth * 1.2}rem` }, box, ' ', name);
    return { box, row, text: name.toLowerCase() };
  });
  filter.addEventListener('input', () => {
    const words = filter.value.trim().toLowerCase();
    rows.forEach(r => { r.row.hidden = words !== '' && !r.text.includes(words) && !r.box.checked; });
  });
  const element = h('fieldset', { class: 'unit-checks', ...(attrs || {}) }, h('legend', {}, legend), filter,
    h('div', { class: 'unit-list' }, rows.map(r => r.row)));
  return { element, value: () => rows.filter(r => r.box.checked).map(r => r.box.value) };
}

export function outcomeLabel(outcome) {
  return word('outcome', outcome);
}

/** "T2–T6 06:00–06:30" */
export function windowText(w) {
  return `${w.days.length === 7 ? '' : daysText(w.days) + ' '}${w.start}–${w.end}`;
}

/** Weekdays as runs: "T2–T7", "T2, T4, CN". */
function daysText(days) {
  const idx = days.map(d => WEEKDAYS.indexOf(d)).sort((a, b) => a - b);
  const runs = [];
  for (const i of idx) {
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i; else runs.push([i, i]);
  }
  return runs.map(([a, b]) => b - a >= 2 ? `${t('day.' + WEEKDAYS[a])}–${t('day.' + WEEKDAYS[b])}`
    : WEEKDAYS.slice(a, b + 1).map(d => t('day.' + d)).join(', ')).join(', ');
}

define({ 'hand.allStations': ['(mọi đài của đơn vị đã chọn)', '(every station of the unit chosen)'] });

/** The stations a planner may target, as select options; with "every station of the unit chosen" first. */
export function stationOptions(stations, withAll) {
  const options = withAll ? [['', t('hand.allStations')]] : [];
  return options.concat(stations.filter(s => s.merged_into_station_id == null).map(s => [String(s.id), `${s.name} (${s.code})`]));
}

/** Where a planner's decision applies: its station's name, or its unit's or group's. */
export function whereText(units, stationNames, x) {
  return x.station_id ? (stationNames.get(x.station_id) || '#' + x.station_id) : unitName(units, x.scope_code);
}
