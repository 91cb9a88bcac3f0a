// A station's signed as-run log: one chain per PC (the key it made at enrolment), whether each holds, and where it
// breaks (a record missing, changed since it arrived, or out of order). The export is what an auditor checks
// offline with `verify-log`.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, num, dateTime, addDays } from '../i18n.js';
import { h, section, table, row, status } from '../dom.js';

define({
  'chain.title': ['Nhật ký phát có chữ ký', 'Signed as-run log'],
  'chain.hint': ['Mỗi máy tại đài ký từng bản ghi bằng khóa riêng tạo khi đăng ký và nối bản ghi với bản ghi trước; không ai sửa hay bỏ được một bản ghi mà không lộ ra ở đây. Tệp tải về kiểm tra được độc lập bằng lệnh verify-log.',
    'Each PC signs every record with its own key made at enrolment and links it to the one before; no record can be changed or dropped without showing here. The download can be checked independently with the verify-log command.'],
  'chain.none': ['Chưa có máy nào đăng ký khóa ký (phần mềm cũ, hoặc chưa cài).', 'No PC has registered a signing key (an older agent, or none yet).'],
  'chain.pc': ['Máy', 'PC'],
  'chain.since': ['Từ', 'Since'],
  'chain.records': ['Bản ghi', 'Records'],
  'chain.numbers': ['Số thứ tự', 'Numbers'],
  'chain.state': ['Tình trạng', 'State'],
  'chain.intact': ['Liền mạch', 'Intact'],
  'chain.empty': ['Chưa có bản ghi', 'No record yet'],
  'chain.refused': ['{n} bị từ chối', '{n} refused'],
  'chain.broken': ['Chuỗi bản ghi của đài bị đứt: xem chỗ đứt bên dưới.', 'The station\'s chain is broken: see where below.'],
  'chain.unsigned': ['{n} bản ghi không có chữ ký (gửi từ phần mềm cũ).', '{n} records without a signature (from an older agent).'],
  'chain.download': ['Tải nhật ký có chữ ký 30 ngày qua (JSON lines)', 'Download the signed log of the last 30 days (JSON lines)']
});

function stateText(c) {
  if (c.records + c.refused === 0) return t('chain.empty');
  if (c.intact) return t('chain.intact');
  return c.breaks.map(b => b.message).join('; ');
}

export async function chainsSection(stationId) {
  const [c, today] = await Promise.all([api.get(`/api/v1/stations/${stationId}/chains`), serverToday()]);
  const list = c.chains.length === 0 ? h('p', {}, t('chain.none')) : table(null,
    [t('chain.pc'), t('chain.since'), t('chain.records'), t('chain.numbers'), t('chain.state')],
    c.chains.map(x => row(h('code', {}, '…' + x.key_tail), x.started_at ? dateTime(x.started_at) : '—',
      num(x.records) + (x.refused ? ' (' + t('chain.refused', { n: num(x.refused) }) + ')' : ''),
      x.records + x.refused === 0 ? '—' : `${num(x.first_sequence)}–${num(x.last_sequence)}`,
      h('span', { class: x.intact ? 'ok' : 'error' }, stateText(x)))), { class: 'stack', id: 'station-chains' });
  return section('chain.title', h('p', { class: 'muted' }, t('chain.hint')),
    c.broken ? status(t('chain.broken'), 'error') : null, list,
    c.unsigned > 0 ? h('p', {}, t('chain.unsigned', { n: num(c.unsigned) })) : null,
    h('p', {}, h('a', { href: '/api/v1/reports/signed-log' + query({ station_id: stationId, from: addDays(today, -29), to: today }),
      download: '' }, t('chain.download'))));
}
