// A program: audio preview, duration and loudness before and after normalising, tags, approval, and
// where and when it aired.
'use strict';

import { api, query, serverToday } from '../api.js';
import { define, t, num, date, time, duration, bytes, addDays, errorText } from '../i18n.js';
import { h, fill, add, field, section, table, row, status, link, showError, confirmButton } from '../dom.js';
import { languageName, languagePicker } from '../languages.js';
import { outcomeLabel } from '../common.js';
import { word } from '../vocabulary.js';
import { programPortalSection } from '../portal.js';

define({
  'program.preview': ['Nghe thử', 'Preview'],
  'program.facts': ['Thông tin chương trình', 'About the program'],
  'program.status': ['Trạng thái', 'Status'],
  'program.kind': ['Loại', 'Kind'],
  'program.topic': ['Chủ đề', 'Topic'],
  'program.language': ['Ngôn ngữ', 'Language'],
  'program.unit': ['Đơn vị sản xuất', 'Producing unit'],
  'program.duration': ['Thời lượng sau xử lý', 'Duration after processing'],
  'program.sourceDuration': ['Thời lượng tệp gốc', 'Duration of the original'],
  'program.loudBefore': ['Âm lượng trước chuẩn hoá', 'Loudness before normalising'],
  'program.loudAfter': ['Âm lượng sau chuẩn hoá', 'Loudness after normalising'],
  'program.lufs': ['{v} LUFS, đỉnh {p} dBTP', '{v} LUFS, peak {p} dBTP'],
  'program.offTarget': ['Bản phát sóng lệch chuẩn độ lớn ({target} LUFS, đỉnh không quá {ceiling} dBTP): loa có thể quá nhỏ hoặc bị rè. Hãy tải lên lại tệp gốc hoặc báo quản trị viên.',
    'The rendition is off the loudness standard ({target} LUFS, peaks at most {ceiling} dBTP): it may sound too quiet or distort on the horns. Upload the master again or tell your administrator.'],
  'program.source': ['Tệp gốc', 'Original file'],
  'program.tags': ['Thẻ trong tệp', 'Tags in the file'],
  'program.noTags': ['không có', 'none'],
  'program.rejection': ['Lý do từ chối', 'Why it was refused'],
  'program.approve': ['Duyệt chương trình', 'Approve the program'],
  'program.retire': ['Ngừng dùng', 'Retire'],
  'program.approved': ['Đã duyệt. Chương trình sẽ được xếp lịch.', 'Approved. The program will be scheduled.'],
  'program.history': ['Lịch sử phát 30 ngày qua', 'Airings in the last 30 days'],
  'program.noHistory': ['Chưa phát lần nào trong 30 ngày qua.', 'Not aired in the last 30 days.'],
  'program.time': ['Giờ phát', 'Aired at'],
  'program.allLog': ['Xem toàn bộ trong nhật ký phát', 'See all in the as-run log'],
  'program.edit': ['Sửa thông tin chương trình', 'Edit the program\'s details'],
  'program.title': ['Tên chương trình', 'Title'],
  'program.validFrom': ['Dùng từ ngày (để trống: không giới hạn)', 'Usable from (empty: no limit)'],
  'program.validTo': ['Dùng đến ngày (để trống: không giới hạn)', 'Usable until (empty: no limit)'],
  'program.save': ['Lưu thay đổi', 'Save changes'],
  'program.saved': ['Đã lưu.', 'Saved.'],
  'program.delete': ['Xoá chương trình', 'Delete the program'],
  'program.deleteConfirm': ['Xoá hẳn chương trình "{title}"? Chỉ xoá được chương trình chưa từng được xếp lịch hay phát; nếu đã phát, hãy chọn "Ngừng dùng" để giữ lịch sử.',
    'Delete "{title}" for good? Only a program never scheduled nor aired can be deleted; if it aired, retire it to keep its history.'],
  'program.deleteYes': ['Xác nhận xoá', 'Confirm deleting'],
  'program.deleteNo': ['Không xoá', 'Keep it']
});

/** The details a planner may change after upload: title, topic, language, the days it may be used. */
function editForm(p, go) {
  const title = h('input', { required: true, maxlength: '200', value: p.title });
  const topic = h('input', { maxlength: '200', value: p.topic || '' });
  const language = languagePicker(p.language);
  const from = h('input', { type: 'date', value: p.valid_from || '' });
  const to = h('input', { type: 'date', value: p.valid_to || '' });
  const message = status('');
  const form = h('form', { id: 'program-edit' }, field('program.title', title), field('program.topic', topic),
    field('program.language', language), h('div', { class: 'row' }, field('program.validFrom', from), field('program.validTo', to)),
    h('p', {}, h('button', { type: 'submit' }, t('program.save'))), message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    try {
      await api.put('/api/v1/programs/' + p.id, { title: title.value.trim(), topic: topic.value.trim() || null, language: language.value,
        valid_from: from.value || null, valid_to: to.value || null });
      go('#/programs/' + p.id);
    } catch (e) {
      showError(message, e);
    }
  });
  return h('details', { class: 'edit' }, h('summary', {}, t('program.edit')), form);
}

/** Deleting asks first, and says when retiring is the way instead; the server's refusal is shown. */
function deleteButton(p, message, go) {
  return confirmButton('program-delete', t('program.delete'), t('program.deleteConfirm', { title: p.title }),
    t('program.deleteYes'), t('program.deleteNo'), async () => {
      await api.del('/api/v1/programs/' + p.id);
      go('#/programs');
    }, message);
}

export default {
  async render(main, { session, params, go }) {
    const p = await api.get('/api/v1/programs/' + params[0]);
    const writer = ['admin', 'planner'].includes(session.user.role);
    const today = await serverToday();
    const from = addDays(today, -29);
    const r = p.rendition;
    const tags = p.source && p.source.tags ? Object.entries(p.source.tags) : [];
    const message = status('');

    const actions = h('p', { class: 'actions' },
      writer && (p.status === 'ready' || p.status === 'retired') ? h('button', { type: 'button', id: 'approve', onclick: async () => {
        try { await api.post(`/api/v1/programs/${p.id}/approve`); go('#/programs/' + p.id); } catch (e) { showError(message, e); }
      } }, t('program.approve')) : null,
      writer && (p.status === 'ready' || p.status === 'approved') ? h('button', { type: 'button', class: 'secondary', onclick: async () => {
        try { await api.post(`/api/v1/programs/${p.id}/retire`); go('#/programs/' + p.id); } catch (e) { showError(message, e); }
      } }, t('program.retire')) : null,
      writer && p.status !== 'processing' ? deleteButton(p, message, go) : null);

    const facts = h('dl', { class: 'facts' },
      h('dt', {}, t('program.status')), h('dd', { id: 'program-status' }, word('program_status', p.status)),
      h('dt', {}, t('program.kind')), h('dd', {}, word('program_kind', p.kind)),
      h('dt', {}, t('program.topic')), h('dd', {}, p.topic || '—'),
      h('dt', {}, t('program.language')), h('dd', {}, languageName(p.language)),
      h('dt', {}, t('program.unit')), h('dd', {}, p.producing_unit_code),
      r ? [h('dt', {}, t('program.duration')), h('dd', { id: 'program-duration' }, duration(r.duration_ms)),
        h('dt', {}, t('program.sourceDuration')), h('dd', {}, duration(r.source_duration_ms)),
        h('dt', {}, t('program.loudBefore')), h('dd', {}, t('program.lufs', { v: num(r.loudness_before_lufs, 1), p: num(r.true_peak_before_dbtp, 1) })),
        h('dt', {}, t('program.loudAfter')), h('dd', {}, t('program.lufs', { v: num(r.loudness_after_lufs, 1), p: num(r.true_peak_after_dbtp, 1) }),
          r.on_target === false ? h('p', { class: 'status error', id: 'off-target' },
            t('program.offTarget', { target: num(r.target_lufs, 0), ceiling: num(r.ceiling_dbtp, 1) })) : null)] : null,
      p.source ? [h('dt', {}, t('program.source')), h('dd', {}, `${p.source.name || '—'} (${p.source.format || '?'}, ${bytes(p.source.size_bytes)})`)] : null,
      h('dt', {}, t('program.tags')), h('dd', {}, tags.length ? tags.map(([k, v]) => `${k}: ${v}`).join('; ') : t('program.noTags')),
      p.rejection ? [h('dt', {}, t('program.rejection')), h('dd', {}, errorText(p.rejection))] : null);

    const log = await api.get('/api/v1/reports/as-run' + query({ program_id: p.id, from, to: today, limit: 200 }));
    const history = section('program.history', log.items.length === 0 ? h('p', {}, t('program.noHistory')) : table(null,
      [t('common.day'), t('program.time'), t('common.station'), t('common.outcome')],
      log.items.map(x => row(date(x.day), time(x.actual_start || x.planned_start), x.station_name, outcomeLabel(x.outcome)))),
    h('p', {}, link('#/log' + query({ program: p.id, from, to: today }), t('program.allLog'))));

    fill(main, h('h1', {}, p.title), actions, message, writer && p.status !== 'processing' ? editForm(p, go) : null,
      r ? section('program.preview', h('audio', { controls: true, preload: 'metadata', src: r.url, id: 'preview', 'aria-label': t('program.preview') })) : null,
      section('program.facts', facts),
      p.kind === 'program' ? await programPortalSection(p.id, writer, p.status === 'approved') : null, history);
  }
};
