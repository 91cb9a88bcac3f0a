// A station's sites (điểm phát): the old installations of merged communes and new clusters, each with its
// own agent. Everyone who may see the station sees each site's state and today's coverage; admins add
// sites, issue a site's enrolment code and retire a site.
'use strict';

import { api } from '../api.js';
import { define, t, num, dateTime } from '../i18n.js';
import { h, field, section, table, row, status, showError } from '../dom.js';
import { word } from '../vocabulary.js';

define({
  'sites.title': ['Điểm phát của đài', 'The station\'s sites'],
  'sites.coverage': ['Hôm nay {aired}/{expected} điểm phát đã phát', 'Today {aired} of {expected} sites aired'],
  'sites.silentWarn': ['{n} điểm phát im lặng: kiểm tra máy tính và đường truyền tại đó.',
    '{n} sites are silent: check the PC and the link there.'],
  'sites.name': ['Điểm phát', 'Site'],
  'sites.location': ['Vị trí', 'Location'],
  'sites.former': ['Đài cũ', 'Former station'],
  'sites.state': ['Trạng thái', 'State'],
  'sites.heard': ['Tín hiệu gần nhất', 'Last heartbeat'],
  'sites.played': ['Đã phát hôm nay', 'Aired today'],
  'sites.actions': ['Việc', 'Actions'],
  'sites.issue': ['Cấp mã đăng ký', 'Issue enrolment code'],
  'sites.issueLabel': ['Cấp mã đăng ký cho điểm phát {name}', 'Issue an enrolment code for site {name}'],
  'sites.issued': ['Mã đăng ký cho {name} (dùng một lần, hết hạn lúc {at}):', 'Enrolment code for {name} (one use, expires {at}):'],
  'sites.retire': ['Ngừng sử dụng', 'Retire'],
  'sites.retireLabel': ['Ngừng sử dụng điểm phát {name}', 'Retire site {name}'],
  'sites.confirmRetire': ['Ngừng sử dụng điểm phát này? Phần mềm tại đài ở đó mất kết nối; lịch sử phát được giữ lại.',
    'Retire this site? Its agent loses its connection; its airing history is kept.'],
  'sites.add': ['Thêm điểm phát', 'Add a site'],
  'sites.code': ['Mã điểm phát', 'Site code'],
  'sites.siteName': ['Tên điểm phát', 'Site name'],
  'sites.formerCode': ['Mã đài cũ (nếu có)', 'Former station code (if any)'],
  'sites.create': ['Thêm', 'Add']
});

function siteRow(stationId, s, admin, refresh, result) {
  const state = h('span', { class: s.state === 'silent' ? 'status warn' : null }, word('site_state', s.state));
  const actions = [];
  if (admin && s.state !== 'retired') {
    actions.push(h('button', { type: 'button', 'aria-label': t('sites.issueLabel', { name: s.name }), onclick: async () => {
      try {
        const c = await api.post(`/api/v1/stations/${stationId}/sites/${s.id}/enrolment-codes`);
        result.replaceChildren(h('p', {}, t('sites.issued', { name: s.name, at: dateTime(c.expires_at) })),
          h('p', { class: 'code', id: 'site-enrolment-code' }, c.code));
      } catch (e) {
        result.replaceChildren(status(e.message, 'error'));
      }
    } }, t('sites.issue')), ' ', h('button', { type: 'button', 'aria-label': t('sites.retireLabel', { name: s.name }),
      onclick: async () => {
        if (!confirm(t('sites.confirmRetire'))) return;
        try {
          await api.post(`/api/v1/stations/${stationId}/sites/${s.id}/retire`);
          refresh();
        } catch (e) {
          result.replaceChildren(status(e.message, 'error'));
        }
      } }, t('sites.retire')));
  }
  return row(h('span', {}, s.name, h('br'), h('small', {}, s.code)), s.location || '—', s.former_station_code || '—', state,
    s.last_heartbeat_at ? dateTime(s.last_heartbeat_at) : '—', num(s.played), ...(admin ? [h('span', {}, actions)] : []));
}

function addForm(stationId, refresh) {
  const code = h('input', { required: true, maxlength: '40' });
  const name = h('input', { required: true, maxlength: '200' });
  const location = h('input', { maxlength: '500' });
  const former = h('input', { maxlength: '40' });
  const message = status('');
  const form = h('form', { class: 'site-form' }, field('sites.code', code), field('sites.siteName', name),
    field('sites.location', location), field('sites.formerCode', former),
    h('p', {}, h('button', { type: 'submit' }, t('sites.create'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api.post(`/api/v1/stations/${stationId}/sites`, { code: code.value.trim(), name: name.value.trim(),
        location: location.value.trim() || null, former_station_code: former.value.trim() || null });
      form.reset();
      message.textContent = '';
      refresh();
    } catch (e) {
      showError(message, e);
    }
  });
  return h('details', {}, h('summary', {}, t('sites.add')), form);
}

export async function sitesSection(stationId, admin) {
  const body = h('div', {});
  const result = h('div', { 'aria-live': 'polite' });
  const refresh = async () => {
    const listing = await api.get(`/api/v1/stations/${stationId}/sites`);
    const silent = listing.items.filter(s => s.state === 'silent').length;
    const headers = [t('sites.name'), t('sites.location'), t('sites.former'), t('sites.state'), t('sites.heard'),
      t('sites.played'), ...(admin ? [t('sites.actions')] : [])];
    body.replaceChildren(
      h('p', { id: 'site-coverage' }, t('sites.coverage', { aired: num(listing.coverage.sites_aired),
        expected: num(listing.coverage.sites_expected) })),
      silent > 0 ? status(t('sites.silentWarn', { n: num(silent) }), 'warn') : '',
      table(null, headers, listing.items.map(s => siteRow(stationId, s, admin, refresh, result)), { id: 'sites' }));
  };
  await refresh();
  return section('sites.title', body, result, admin ? addForm(stationId, refresh) : '');
}
