// Programs on the portal (issue 19): the switch that makes a program or a campaign public, how often it was
// heard there, and for a campaign the links and the snippet a portal's editor copies.
'use strict';

import { api } from './api.js';
import { define, t, num } from './i18n.js';
import { h, section, status, showError, field } from './dom.js';

define({
  'portal.title': ['Công khai trên cổng thông tin', 'On the public portal'],
  'portal.programPublic': ['Đang công khai: ai cũng nghe và tải được trên cổng thông tin.', 'Public: anyone can listen and download on the portal.'],
  'portal.viaCampaign': ['Đang công khai qua một chiến dịch công khai.', 'Public through a public campaign.'],
  'portal.programPrivate': ['Chưa công khai (mặc định).', 'Not public (the default).'],
  'portal.listens': ['Nghe trên cổng: {plays} lượt; tải về: {downloads} lượt.', 'Heard on the portal: {plays}; downloaded: {downloads}.'],
  'portal.makePublic': ['Công khai chương trình', 'Make public'],
  'portal.makePrivate': ['Thôi công khai', 'Take off the portal'],
  'portal.campaignPublic': ['Các chương trình đã duyệt của chiến dịch đang công khai.', 'The campaign\'s approved programs are public.'],
  'portal.campaignPrivate': ['Chiến dịch chưa công khai (mặc định).', 'The campaign is not public (the default).'],
  'portal.makeCampaignPublic': ['Công khai chiến dịch', 'Make the campaign public'],
  'portal.page': ['Trang công khai', 'Public page'],
  'portal.feed': ['Địa chỉ podcast (RSS)', 'Podcast feed (RSS)'],
  'portal.embed': ['Mã nhúng cho cổng thông tin', 'Embed code for a portal'],
  'portal.embedHint': ['Biên tập viên cổng thông tin dán đoạn mã này vào trang; chỉ các tên miền quản trị viên đã khai báo mới hiển thị được.',
    'A portal editor pastes this into a page; only the origins the administrator listed may show it.']
});

export async function programPortalSection(programId, writer, approved) {
  const body = h('div', { id: 'program-portal' });
  const message = status('');
  const draw = s => {
    body.replaceChildren(
      h('p', { id: 'portal-state' }, t(s.made_public ? 'portal.programPublic' : s.public ? 'portal.viaCampaign' : 'portal.programPrivate')),
      h('p', { id: 'portal-listens' }, t('portal.listens', { plays: num(s.plays), downloads: num(s.downloads) })),
      writer && (approved || s.made_public) ? h('p', {}, h('button', { type: 'button', id: 'portal-switch',
        class: s.made_public ? 'secondary' : null, onclick: async () => {
          try { draw(await api.put(`/api/v1/programs/${programId}/public`, { public: !s.made_public })); } catch (e) { showError(message, e); }
        } }, t(s.made_public ? 'portal.makePrivate' : 'portal.makePublic'))) : null);
  };
  draw(await api.get(`/api/v1/programs/${programId}/public`));
  return section('portal.title', body, message);
}

export async function campaignPortalSection(campaignId, writer) {
  const body = h('div', { id: 'campaign-portal' });
  const message = status('');
  const draw = s => {
    const origin = location.origin;
    const snippet = s.public ? `<iframe src="${origin}${s.embed_path}" title="${t('portal.title')}" width="100%" height="480" loading="lazy"></iframe>` : '';
    body.replaceChildren(
      h('p', { id: 'campaign-portal-state' }, t(s.public ? 'portal.campaignPublic' : 'portal.campaignPrivate')),
      s.public ? h('ul', {},
        h('li', {}, t('portal.page'), ': ', h('a', { href: s.page_path, id: 'public-page' }, origin + s.page_path)),
        h('li', {}, t('portal.feed'), ': ', h('a', { href: s.feed_path, id: 'public-feed' }, origin + s.feed_path))) : null,
      s.public ? field('portal.embed', h('textarea', { id: 'embed-code', readonly: true, rows: 3 }, snippet), t('portal.embedHint')) : null,
      writer ? h('p', {}, h('button', { type: 'button', id: 'campaign-portal-switch', class: s.public ? 'secondary' : null,
        onclick: async () => {
          try { draw(await api.put(`/api/v1/campaigns/${campaignId}/public`, { public: !s.public })); } catch (e) { showError(message, e); }
        } }, t(s.public ? 'portal.makePrivate' : 'portal.makeCampaignPublic'))) : null);
  };
  draw(await api.get(`/api/v1/campaigns/${campaignId}/public`));
  return section('portal.title', body, message);
}
