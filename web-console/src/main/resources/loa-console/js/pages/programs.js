// The program library: upload with a real progress bar and a processing status that updates by itself,
// and the list with search and filters.
'use strict';

import { api, upload, query } from '../api.js';
import { define, t, date, duration, errorText } from '../i18n.js';
import { h, fill, add, field, select, status, section, table, row, link } from '../dom.js';
import { word, words } from '../vocabulary.js';
import { languageName, languagePicker } from '../languages.js';

define({
  'programs.title': ['Thư viện chương trình', 'Program library'],
  'programs.upload': ['Tải lên chương trình', 'Upload a program'],
  'programs.file': ['Tệp âm thanh (MP3, WAV, M4A, OGG, FLAC)', 'Audio file (MP3, WAV, M4A, OGG, FLAC)'],
  'programs.titleField': ['Tên chương trình (mặc định: tên tệp)', 'Title (default: the file name)'],
  'programs.topic': ['Chủ đề', 'Topic'],
  'programs.language': ['Ngôn ngữ', 'Language'],
  'programs.kind': ['Loại', 'Kind'],
  'programs.waiver': ['Lý do chấp nhận độ dài ngoài quy định (nếu có)', 'Reason to accept a length outside the rule (if any)'],
  'programs.send': ['Tải lên', 'Upload'],
  'programs.progress': ['Tiến độ tải lên', 'Upload progress'],
  'programs.sent': ['Đã gửi {pct} %', '{pct} % sent'],
  'programs.processing': ['Đang xử lý âm thanh (kiểm tra, chuẩn hoá âm lượng)…', 'Processing the audio (checks, loudness)…'],
  'programs.stage.analysing': ['Bước 1/3: đang kiểm tra tệp (định dạng, thời lượng, khoảng lặng, âm lượng)…', 'Step 1 of 3: checking the file (format, length, silences, loudness)…'],
  'programs.stage.levelling': ['Bước 2/3: đang chuẩn hoá âm lượng và mã hoá bản phát…', 'Step 2 of 3: levelling the loudness and encoding the rendition…'],
  'programs.stage.storing': ['Bước 3/3: đang lưu bản phát…', 'Step 3 of 3: storing the rendition…'],
  'programs.ready': ['Sẵn sàng, chờ duyệt: {title}', 'Ready for approval: {title}'],
  'programs.rejected': ['Bị từ chối: {reason}', 'Rejected: {reason}'],
  'programs.open': ['Mở chương trình', 'Open the program'],
  'programs.list': ['Danh sách chương trình', 'Programs'],
  'programs.search': ['Tìm theo tên', 'Search by title'],
  'programs.status': ['Trạng thái', 'Status'],
  'programs.filter': ['Lọc', 'Filter'],
  'programs.duration': ['Thời lượng', 'Duration'],
  'programs.uploaded': ['Ngày tải lên', 'Uploaded'],
  'programs.count': ['{n} chương trình', '{n} programs'],
  'programs.none': ['Không có chương trình nào khớp.', 'No program matches.']
});


function uploadForm() {
  const file = h('input', { type: 'file', name: 'file', required: true, accept: 'audio/*,.mp3,.wav,.m4a,.ogg,.opus,.flac' });
  const title = h('input', { name: 'title', maxlength: '200' });
  const topic = h('input', { name: 'topic', maxlength: '200' });
  const language = languagePicker('vi', { name: 'language' });
  const kind = select(words('program_kind').map(k => [k, word('program_kind', k)]), 'program', { name: 'kind' });
  const waiver = h('input', { name: 'duration_waiver', maxlength: '500' });
  const progress = h('progress', { max: '100', value: '0', id: 'upload-progress' });
  const progressText = h('span', { id: 'upload-percent' }, '');
  const progressBox = h('p', { class: 'progress', hidden: true }, h('label', { for: 'upload-progress' }, t('programs.progress')), ' ', progress, ' ', progressText);
  const message = h('div', { role: 'status', id: 'upload-status' });
  const form = h('form', { class: 'upload' }, field('programs.file', file), field('programs.titleField', title),
    field('programs.topic', topic), field('programs.language', language), field('programs.kind', kind),
    field('programs.waiver', waiver), h('p', {}, h('button', { type: 'submit' }, t('programs.send'))), progressBox, message);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const data = new FormData();
    for (const el of [title, topic, language, kind, waiver]) if (el.value) data.append(el.name, el.value);
    data.append('file', file.files[0]);
    progressBox.hidden = false;
    message.replaceChildren();
    try {
      const created = await upload(data, (loaded, total) => {
        const pct = Math.round(loaded * 100 / total);
        progress.value = pct;
        progressText.textContent = t('programs.sent', { pct });
      });
      await follow(created, message);
    } catch (e) {
      message.replaceChildren(h('p', { class: 'status error' }, e.message));
    }
  });
  return form;
}

/** Polls the new program until it is ready or rejected, updating the status line without a reload. */
async function follow(program, message) {
  let p = program;
  message.replaceChildren(h('p', {}, t('programs.processing')));
  while (p.status === 'processing') {
    await new Promise(r => setTimeout(r, 1000));
    p = await api.get('/api/v1/programs/' + p.id);
    if (p.processing_stage) message.replaceChildren(h('p', { id: 'processing-stage' }, t('programs.stage.' + p.processing_stage)));
  }
  const text = p.status === 'rejected'
    ? t('programs.rejected', { reason: errorText(p.rejection) })
    : t('programs.ready', { title: p.title });
  message.replaceChildren(h('p', { class: p.status === 'rejected' ? 'status error' : 'status ok' }, text),
    h('p', {}, link('#/programs/' + p.id, t('programs.open'))));
}

export default {
  async render(main, { session, query: q, go }) {
    const writer = ['admin', 'planner'].includes(session.user.role);
    const list = (await api.get('/api/v1/programs' + query({ q: q.get('q'), status: q.get('status') }))).items;
    const topics = [...new Set(list.map(p => p.topic).filter(Boolean))].sort();
    const languages = [...new Set(list.map(p => p.language))].sort();
    const shown = list.filter(p => (!q.get('topic') || p.topic === q.get('topic')) && (!q.get('language') || p.language === q.get('language')));

    const search = h('input', { type: 'search', name: 'q', value: q.get('q') || '' });
    const statusSel = select([['', t('common.all')], ...words('program_status').map(s => [s, word('program_status', s)])], q.get('status') || '', { name: 'status' });
    const topicSel = select([['', t('common.all')], ...topics.map(x => [x, x])], q.get('topic') || '', { name: 'topic' });
    const langSel = select([['', t('common.all')], ...languages.map(x => [x, languageName(x)])], q.get('language') || '', { name: 'language' });
    const filters = h('form', { class: 'filters' }, field('programs.search', search), field('programs.status', statusSel),
      field('programs.topic', topicSel), field('programs.language', langSel), h('p', {}, h('button', { type: 'submit' }, t('programs.filter'))));
    filters.addEventListener('submit', event => {
      event.preventDefault();
      go('#/programs' + query({ q: search.value, status: statusSel.value, topic: topicSel.value, language: langSel.value }));
    });

    fill(main, h('h1', {}, t('programs.title')),
      writer ? section('programs.upload', uploadForm()) : null,
      section('programs.list', filters, status(t('programs.count', { n: shown.length })),
        shown.length === 0 ? h('p', {}, t('programs.none')) : table(null,
          [t('common.program'), t('programs.topic'), t('programs.language'), t('programs.duration'), t('programs.status'), t('programs.uploaded')],
          shown.map(p => row(link('#/programs/' + p.id, p.title), p.topic || '—', languageName(p.language),
            duration(p.rendition ? p.rendition.duration_ms : null), word('program_status', p.status), date(p.created_at))))));
  }
};
