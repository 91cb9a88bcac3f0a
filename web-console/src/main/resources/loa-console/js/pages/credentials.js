// A station's enrolment codes and agent tokens (admins): issue a one-time code to read aloud, revoke.
'use strict';

import { api } from '../api.js';
import { define, t, dateTime } from '../i18n.js';
import { h, section, table, row, status } from '../dom.js';
import { word } from '../vocabulary.js';

define({
  'cred.title': ['Mã đăng ký và khoá của phần mềm tại đài', 'Enrolment codes and agent tokens'],
  'cred.issue': ['Cấp mã đăng ký mới', 'Issue a new enrolment code'],
  'cred.issued': ['Mã đăng ký (dùng một lần, hết hạn lúc {at}). Đọc cho cán bộ đài xã nhập khi cài phần mềm tại đài:',
    'Enrolment code (one use, expires {at}). Read it to the commune officer to enter when installing the agent:'],
  'cred.kind': ['Loại', 'Kind'],
  'cred.created': ['Cấp lúc', 'Issued'],
  'cred.expires': ['Hết hạn', 'Expires'],
  'cred.used': ['Đã dùng', 'Used'],
  'cred.lastUsed': ['Dùng gần nhất', 'Last used'],
  'cred.state': ['Trạng thái', 'State'],
  'cred.revoked': ['đã thu hồi {at}', 'revoked {at}'],
  'cred.valid': ['còn hiệu lực', 'valid'],
  'cred.revoke': ['Thu hồi', 'Revoke'],
  'cred.revokeLabel': ['Thu hồi {kind} số {id}', 'Revoke {kind} number {id}'],
  'cred.confirmRevoke': ['Thu hồi ngay? Phần mềm tại đài dùng khoá này sẽ mất kết nối.', 'Revoke now? An agent using it loses its connection.'],
  'cred.none': ['Chưa cấp mã nào.', 'No code issued yet.']
});

export async function credentialsSection(stationId) {
  const result = h('div', { 'aria-live': 'polite' });
  const list = h('div', {});
  const refresh = async () => {
    const creds = (await api.get(`/api/v1/stations/${stationId}/credentials`)).items;
    list.replaceChildren(creds.length === 0 ? h('p', {}, t('cred.none')) : table(null,
      [t('cred.kind'), t('cred.created'), t('cred.expires'), t('cred.used'), t('cred.lastUsed'), t('cred.state'), t('cred.revoke')],
      creds.map(c => row(word('credential_kind', c.kind), dateTime(c.created_at), dateTime(c.expires_at), dateTime(c.used_at),
        dateTime(c.last_used_at), c.revoked_at ? t('cred.revoked', { at: dateTime(c.revoked_at) }) : t('cred.valid'),
        c.revoked_at ? '' : h('button', { type: 'button', 'aria-label': t('cred.revokeLabel', { kind: word('credential_kind', c.kind), id: c.id }),
          onclick: async () => {
            if (!confirm(t('cred.confirmRevoke'))) return;
            try {
              await api.del(`/api/v1/stations/${stationId}/credentials/${c.id}`);
              refresh();
            } catch (e) {
              result.replaceChildren(status(e.message, 'error'));
            }
          } }, t('cred.revoke'))))));
  };
  const issue = h('button', { type: 'button', id: 'issue-code', onclick: async () => {
    try {
      const c = await api.post(`/api/v1/stations/${stationId}/enrolment-codes`);
      result.replaceChildren(h('p', {}, t('cred.issued', { at: dateTime(c.expires_at) })), h('p', { class: 'code', id: 'enrolment-code' }, c.code));
      refresh();
    } catch (e) {
      result.replaceChildren(status(e.message, 'error'));
    }
  } }, t('cred.issue'));
  await refresh();
  return section('cred.title', h('p', {}, issue), result, list);
}
