// The console's shell: session, role-aware navigation, language toggle and a hash router over the pages.
'use strict';

import { api, setCsrf, ApiError } from './api.js';
import { define, t, setLanguage, lang, messages } from './i18n.js';
import { h, status } from './dom.js';
import { showLogin, showPasswordChange, passwordPage } from './pages/login.js';
import dashboard from './pages/dashboard.js';
import units from './pages/units.js';
import station from './pages/station.js';
import programs from './pages/programs.js';
import program from './pages/program.js';
import campaigns from './pages/campaigns.js';
import campaign from './pages/campaign.js';
import notice from './pages/notice.js';
import notices from './pages/notices.js';
import noticeFollow from './pages/noticeFollow.js';
import schedule from './pages/schedule.js';
import week from './pages/week.js';
import weeks from './pages/weeks.js';
import hand from './pages/hand.js';
import relays from './pages/relays.js';
import stations from './pages/stations.js';
import frequency from './pages/frequency.js';
import log from './pages/log.js';
import users from './pages/users.js';
import audit from './pages/audit.js';
import { word, words } from './vocabulary.js';
import { startLive, stopLive, untouched, watch } from './live.js';

define({
  'app.name': ['Loa — truyền thanh cơ sở', 'Loa — grassroots radio'],
  'app.account': ['Tài khoản của bạn: đổi mật khẩu', 'Your account: change the password'],
  'app.tagline': ['Lập lịch phát thanh cho đài truyền thanh cấp xã', 'Broadcast scheduling for commune radio stations'],
  'app.skip': ['Bỏ qua, tới nội dung chính', 'Skip to main content'],
  'app.nav': ['Điều hướng chính', 'Main navigation'],
  'app.language': ['English', 'Tiếng Việt'],
  'app.languageLabel': ['Chuyển sang tiếng Anh', 'Switch to Vietnamese'],
  'app.logout': ['Đăng xuất', 'Sign out'],
  'app.signedIn': ['{name} ({role})', '{name} ({role})'],
  'app.loading': ['Đang tải…', 'Loading…'],
  'app.notFound': ['Không có trang này.', 'There is no such page.'],
  'app.forbidden': ['Bạn không có quyền xem trang này.', 'You may not see this page.'],
  'app.health': ['Tình trạng máy chủ', 'Server health'],
  'app.apiDoc': ['Mô tả API', 'API description'],
  'common.table': ['Bảng', 'Table']
});

const ALL = words('role');

/** Route pattern, page, who may open it, and the nav entry (if any). */
/** What the dashboard and the list of stations watch: any station calling in, any notice moving. */
const anyStationOrNotice = topic => topic.startsWith('station:') || topic === 'notices';

const ROUTES = [
  { path: /^dashboard$/, page: dashboard, roles: ALL, nav: 'nav.dashboard', live: () => anyStationOrNotice },
  { path: /^units$/, page: units, roles: ALL, nav: 'nav.units' },
  { path: /^stations$/, page: stations, roles: ALL, nav: 'nav.stations', live: () => anyStationOrNotice },
  { path: /^stations\/(new|\d+)$/, page: station, roles: ALL, live: ([id]) => topic => topic === 'station:' + id },
  { path: /^programs$/, page: programs, roles: ['admin', 'planner', 'supervisor'], nav: 'nav.programs' },
  { path: /^programs\/(\d+)$/, page: program, roles: ['admin', 'planner', 'supervisor'] },
  { path: /^campaigns$/, page: campaigns, roles: ALL, nav: 'nav.campaigns' },
  { path: /^campaigns\/(new|\d+)$/, page: campaign, roles: ALL },
  { path: /^notices$/, page: notices, roles: ALL, nav: 'nav.notices', live: () => topic => topic === 'notices' },
  { path: /^notices\/new$/, page: notice, roles: ['admin', 'planner'] },
  { path: /^notices\/(\d+)$/, page: noticeFollow, roles: ALL, live: () => topic => topic === 'notices' },
  { path: /^schedule(?:\/(\d+))?$/, page: schedule, roles: ALL, nav: 'nav.schedule', live: ([id]) => topic => topic === 'station:' + id },
  { path: /^week\/(\d+)$/, page: week, roles: ALL, live: ([id]) => topic => topic === 'station:' + id },
  { path: /^password$/, page: passwordPage, roles: ALL },
  { path: /^weeks$/, page: weeks, roles: ALL, live: () => topic => topic.startsWith('station:') },
  { path: /^hand$/, page: hand, roles: ['admin', 'planner', 'supervisor'], nav: 'nav.hand' },
  { path: /^relays$/, page: relays, roles: ['admin', 'planner', 'supervisor'], nav: 'nav.relays' },
  { path: /^frequency$/, page: frequency, roles: ALL, nav: 'nav.frequency' },
  { path: /^log$/, page: log, roles: ALL, nav: 'nav.log' },
  { path: /^users$/, page: users, roles: ['admin'], nav: 'nav.users' },
  { path: /^audit$/, page: audit, roles: ['admin', 'supervisor'], nav: 'nav.audit' }
];

define({
  'nav.dashboard': ['Tổng quan', 'Dashboard'],
  'nav.units': ['Đơn vị và đài', 'Units and stations'],
  'nav.stations': ['Trạng thái các đài', 'Stations now'],
  'nav.programs': ['Chương trình', 'Programs'],
  'nav.campaigns': ['Chiến dịch', 'Campaigns'],
  'nav.notices': ['Thông báo khẩn', 'Urgent notices'],
  'nav.schedule': ['Lịch phát', 'Schedules'],
  'nav.hand': ['Ngày nghỉ, giờ cố định', 'Days off, fixed slots'],
  'nav.relays': ['Tiếp âm', 'Relays'],
  'nav.frequency': ['Tần suất phát', 'Airing frequency'],
  'nav.log': ['Nhật ký phát', 'As-run log'],
  'nav.users': ['Người dùng', 'Users'],
  'nav.audit': ['Nhật ký thao tác', 'Audit log']
});

let session = null;

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '') || 'dashboard';
  const [path, q] = hash.split('?');
  return { path, query: new URLSearchParams(q || '') };
}

function renderShell() {
  const header = document.getElementById('top');
  header.replaceChildren(
    // the hash is the router's: the skip link moves focus itself rather than navigating to "#main"
    h('a', { class: 'skip', href: '#main', onclick: event => { event.preventDefault(); focusContent(); } }, t('app.skip')),
    h('div', { class: 'brand' }, h('p', { class: 'name' }, t('app.name')), h('p', { class: 'tagline' }, t('app.tagline'))),
    h('div', { class: 'tools' },
      // the user's own name opens their account: change the password there
      session ? h('a', { class: 'who', href: '#/password', title: t('app.account'), id: 'account' },
        t('app.signedIn', { name: session.user.display_name, role: word('role', session.user.role) })) : null,
      h('button', { type: 'button', id: 'language', lang: lang() === 'vi' ? 'en' : 'vi', 'aria-label': t('app.languageLabel'),
        onclick: toggleLanguage }, t('app.language')),
      session ? h('button', { type: 'button', id: 'logout', onclick: logout }, t('app.logout')) : null));
  const nav = document.getElementById('nav');
  nav.setAttribute('aria-label', t('app.nav'));
  const current = parseHash().path.split('/')[0];
  nav.replaceChildren(session ? h('ul', {}, ROUTES.filter(r => r.nav && r.roles.includes(session.user.role)).map(r => {
    const target = r.path.source.replace(/[\^$]/g, '').replace(/\(.*\)\??/, '');
    return h('li', {}, h('a', { href: '#/' + target, 'aria-current': current === target ? 'page' : null }, t(r.nav)));
  })) : '');
  document.getElementById('foot').replaceChildren(
    h('a', { href: '/health' }, t('app.health')), ' · ', h('a', { href: '/api/openapi.yaml' }, t('app.apiDoc')));
}

async function toggleLanguage() {
  setLanguage(lang() === 'vi' ? 'en' : 'vi');
  // the sign-in page of this browser follows the last choice; the user's own choice lives on the server
  localStorage.setItem('loa.language', lang());
  if (session) {
    session.language = lang();
    try { await api.put('/api/v1/session/language', { language: lang() }); } catch (e) { /* kept for this tab anyway */ }
  }
  if (!session) {
    // the sign-in form is drawn again in the new language, with what was typed in it
    const typed = document.querySelector('#login-form input[name=username]');
    const name = typed ? typed.value : '';
    renderShell();
    showLogin(document.getElementById('main'), s => signedIn(s));
    document.querySelector('#login-form input[name=username]').value = name;
    return;
  }
  if (session.must_change_password) {
    renderShell();
    showPasswordChange(document.getElementById('main'), () => start());
    return;
  }
  startLive();
  route();
}

async function logout() {
  try { await api.del('/api/v1/session'); } finally {
    stopLive();
    session = null;
    location.hash = '#/dashboard';
    start();
  }
}

/** Renders the page of the hash; {@code navigated}: the user went there, so focus follows. */
export async function route(navigated = false) {
  renderShell();
  const main = document.getElementById('main');
  if (!session) return;
  const { path, query } = parseHash();
  const match = ROUTES.map(r => ({ r, m: path.match(r.path) })).find(x => x.m);
  document.title = t('app.name');
  watch(null, null);
  if (!match || !match.r.roles.includes(session.user.role)) {
    main.dataset.route = path;
    main.replaceChildren(h('h1', {}, t(match ? 'app.forbidden' : 'app.notFound')));
    main.setAttribute('aria-busy', 'false');
    return;
  }
  main.replaceChildren(status(t('app.loading')));
  // aria-busy tells screen readers (and the browser tests) when the page is whole
  main.setAttribute('aria-busy', 'true');
  main.dataset.route = path;
  try {
    const context = { session, params: match.m.slice(1), query, go };
    await match.r.page.render(main, context);
    const heading = main.querySelector('h1');
    if (heading) document.title = `${heading.textContent} — Loa`;
    // after a navigation the keyboard and the screen reader start at the new page, not at the old link
    if (navigated) focusContent();
    if (match.r.live) watch(match.r.live(context.params), () => refresh(match.r.page, context, path));
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) { session = null; start(); return; }
    main.replaceChildren(h('h1', {}, t('app.name')), status(e.message, 'error'));
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

/**
 * Renders the page again in place because something it shows changed (live.js): built aside, then swapped
 * in whole, so the screen does not flash "loading" and the scroll stays; the focus stays on an element of
 * the same id if the page still has one.
 */
async function refresh(page, context, path) {
  const main = document.getElementById('main');
  if (!main || main.dataset.route !== path) return;
  const aside = document.createElement('main');
  try {
    await page.render(aside, context);
  } catch (e) {
    return; // the next change or a navigation tries again; a failed refresh leaves the page as it was
  }
  // the user may have opened a form or typed while the page was built aside: theirs wins, as in live.js
  if (main.dataset.route !== path || !untouched()) return;
  const focused = document.activeElement && main.contains(document.activeElement) ? document.activeElement.id : null;
  const scroll = window.scrollY;
  main.replaceChildren(...aside.childNodes);
  main.dataset.refreshed = String(Number(main.dataset.refreshed || 0) + 1);
  window.scrollTo(0, scroll);
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

/** Puts the keyboard on the page's content: its heading, else the main region. */
function focusContent() {
  const main = document.getElementById('main');
  const heading = main.querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus();
  } else {
    main.focus();
  }
}

/** Navigates; the hash change renders the page. */
export function go(hash) {
  if (location.hash === hash) route(); else location.hash = hash;
}

async function signedIn(s) {
  session = s;
  setCsrf(s.csrf_token);
  setLanguage(s.language || 'vi');
  if (s.must_change_password) {
    renderShell();
    showPasswordChange(document.getElementById('main'), () => start());
    return;
  }
  startLive();
  route();
}

async function start() {
  setLanguage(localStorage.getItem('loa.language') || 'vi');
  try {
    await signedIn(await api.get('/api/v1/session'));
  } catch (e) {
    session = null;
    renderShell();
    showLogin(document.getElementById('main'), s => signedIn(s), () => renderShell());
  }
}

window.addEventListener('hashchange', () => { if (session) route(true); });
// The browser tests read the strings to check that the English toggle leaves no Vietnamese label.
window.loaMessages = messages;
start();
