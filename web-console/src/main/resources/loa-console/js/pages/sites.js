// A station's sites (điểm phát): the old installations of merged communes and new clusters, each with its
// own agent. Everyone who may see the station sees each site's state and today's coverage; admins add
// sites, issue a site's enrolment code and retire a site.
'use strict';

import { api } from '../api.js';
import { define, t, num, dateTime } from '../i18n.js';
import { h, field, section, table, row, status, showError, confirmButton } from '../dom.js';
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
  'sites.create': ['Thêm', 'Add'],
  'sites.latitude': ['Vĩ độ (ví dụ 22,6657)', 'Latitude (e.g. 22.6657)'],
  'sites.longitude': ['Kinh độ (ví dụ 106,2578)', 'Longitude (e.g. 106.2578)'],
  'sites.coordsHint': ['Để vẽ điểm phát trên bản đồ các đài; bỏ trống cả hai nếu chưa biết.',
    'To draw the site on the stations map; leave both empty if not known.'],
  'sites.badNumber': ['Vĩ độ, kinh độ phải là số (dấu phẩy hoặc chấm thập phân).', 'Latitude and longitude must be numbers.'],
  'sites.change': ['Sửa', 'Change'],
  'sites.changeLabel': ['Sửa điểm phát {name}', 'Change site {name}'],
  'sites.changeTitle': ['Sửa điểm phát {name} ({code})', 'Change site {name} ({code})'],
  'sites.save': ['Lưu', 'Save'],
  'sites.saved': ['Đã lưu điểm phát {name}.', 'Site {name} saved.'],
  'sites.cancel': ['Thôi', 'Cancel'],
  'sites.delete': ['Xoá', 'Delete'],
  'sites.deleteConfirm': ['Xoá điểm phát {name}? Chỉ xoá được điểm phát chưa gửi bản ghi nào; điểm phát đã phát thì cho ngừng sử dụng.',
    'Delete site {name}? Only a site that never sent a record can be deleted; one that aired is retired instead.'],
  'sites.deleteYes': ['Xoá điểm phát', 'Delete the site'],
  'sites.deleted': ['Đã xoá điểm phát {name}.', 'Site {name} deleted.']
});

function siteRow(stationId, s, admin, refresh, result, edit) {
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
      } }, t('sites.retire')), ' ',
    h('button', { type: 'button', class: 'secondary', 'aria-label': t('sites.changeLabel', { name: s.name }), 'data-site': s.code,
      onclick: () => edit(s) }, t('sites.change')), ' ',
    confirmButton('site-delete-' + s.id, t('sites.delete'), t('sites.deleteConfirm', { name: s.name }), t('sites.deleteYes'),
      t('sites.cancel'), async () => {
        await api.del(`/api/v1/stations/${stationId}/sites/${s.id}`);
        await refresh();
        result.replaceChildren(status(t('sites.deleted', { name: s.name }), 'ok'));
      }, result));
  }
  return row(h('span', {}, s.name, h('br'), h('small', {}, s.code)), s.location || '—', s.former_station_code || '—', state,
    s.last_heartbeat_at ? dateTime(s.last_heartbeat_at) : '—', num(s.played), ...(admin ? [h('span', {}, actions)] : []));
}

/** The fields of a site, filled from {@code s} when it is changed; {@code send} gets the body to post or put. */
function siteForm(s, submitKey, send) {
  const code = h('input', { required: true, maxlength: '40', value: s ? s.code : '', readonly: s ? true : null });
  const name = h('input', { required: true, maxlength: '200', value: s ? s.name : '' });
  const location = h('input', { maxlength: '500', value: s && s.location || '' });
  const coordinate = v => h('input', { inputmode: 'decimal', maxlength: '20', value: v == null ? '' : String(v) });
  const latitude = coordinate(s && s.latitude);
  const longitude = coordinate(s && s.longitude);
  const former = h('input', { maxlength: '40', value: s && s.former_station_code || '' });
  const message = status('');
  const form = h('form', { class: 'site-form' }, field('sites.code', code), field('sites.siteName', name),
    field('sites.location', location), field('sites.latitude', latitude, t('sites.coordsHint')), field('sites.longitude', longitude),
    field('sites.formerCode', former), h('p', {}, h('button', { type: 'submit' }, t(submitKey))), message);
  // an office PC set to Vietnamese writes 22,6657
  const number = input => input.value.trim() === '' ? null : Number(input.value.trim().replace(',', '.'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const lat = number(latitude);
    const lon = number(longitude);
    if (Number.isNaN(lat) || Number.isNaN(lon)) {
      showError(message, new Error(t('sites.badNumber')));
      return;
    }
    try {
      await send({ code: code.value.trim(), name: name.value.trim(), location: location.value.trim() || null,
        latitude: lat, longitude: lon, former_station_code: former.value.trim() || null });
      message.textContent = '';
    } catch (e) {
      showError(message, e);
    }
  });
  return form;
}

function addForm(stationId, refresh) {
  const form = siteForm(null, 'sites.create', async body => {
    await api.post(`/api/v1/stations/${stationId}/sites`, body);
    form.reset();
    await refresh();
  });
  return h('details', {}, h('summary', {}, t('sites.add')), form);
}

export async function sitesSection(stationId, admin) {
  const body = h('div', {});
  const result = h('div', { 'aria-live': 'polite' });
  const editor = h('div', { id: 'site-editor' });
  const edit = site => {
    const title = h('h3', { tabindex: '-1' }, t('sites.changeTitle', { name: site.name, code: site.code }));
    const form = siteForm(site, 'sites.save', async body => {
      await api.put(`/api/v1/stations/${stationId}/sites/${site.id}`, body);
      editor.replaceChildren();
      await refresh();
      result.replaceChildren(status(t('sites.saved', { name: body.name }), 'ok'));
    });
    editor.replaceChildren(title, form, h('p', {}, h('button', { type: 'button', class: 'secondary',
      onclick: () => editor.replaceChildren() }, t('sites.cancel'))));
    title.focus();
  };
  const refresh = async () => {
    const listing = await api.get(`/api/v1/stations/${stationId}/sites`);
    const silent = listing.items.filter(s => s.state === 'silent').length;
    const headers = [t('sites.name'), t('sites.location'), t('sites.former'), t('sites.state'), t('sites.heard'),
      t('sites.played'), ...(admin ? [t('sites.actions')] : [])];
    body.replaceChildren(
      h('p', { id: 'site-coverage' }, t('sites.coverage', { aired: num(listing.coverage.sites_aired),
        expected: num(listing.coverage.sites_expected) })),
      silent > 0 ? status(t('sites.silentWarn', { n: num(silent) }), 'warn') : '',
      table(null, headers, listing.items.map(s => siteRow(stationId, s, admin, refresh, result, edit)), { id: 'sites' }));
  };
  await refresh();
  return section('sites.title', body, result, editor, admin ? addForm(stationId, refresh) : '');
}
