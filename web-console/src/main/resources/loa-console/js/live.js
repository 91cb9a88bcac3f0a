// Live pages: one server-sent event stream per signed-in console (/api/v1/events) names what changed
// (station:12, notices); the page on screen says which names concern it, and is then rendered again in
// place, at most every few seconds, keeping the scroll and the focus. A page where the user has begun
// to type or choose is left alone until they navigate: a refresh must never eat their input.
'use strict';

const GAP_MS = 4000;

let source = null;
let watched = null;
let timer = null;
let last = 0;
let touched = false;

/** Opens the stream once signed in (EventSource reconnects by itself, also after the server ends it). */
export function startLive() {
  if (source || !window.EventSource) return;
  source = new EventSource('/api/v1/events');
  source.addEventListener('change', event => {
    let topics;
    try { topics = JSON.parse(event.data); } catch (e) { return; }
    if (watched && (topics.includes('*') || topics.some(watched.wants))) later();
  });
}

export function stopLive() {
  if (source) source.close();
  source = null;
  watch(null, null);
}

/** The page now on screen: which topics concern it and how to render it again quietly. */
export function watch(wants, refresh) {
  watched = wants ? { wants, refresh } : null;
  touched = false;
  if (timer) clearTimeout(timer);
  timer = null;
}

/** False once the user has begun to work on the page (a refresh built meanwhile must not replace it). */
export function untouched() {
  return !touched;
}

function later() {
  if (timer) return;
  timer = setTimeout(run, Math.max(0, last + GAP_MS - Date.now()));
}

async function run() {
  timer = null;
  if (!watched || touched) return;
  last = Date.now();
  await watched.refresh();
}

// any input on the page, or a button pressed on it (which may open a form), marks it as being worked on
for (const type of ['input', 'change', 'click']) {
  document.addEventListener(type, event => {
    const target = event.target && event.target.closest ? event.target : null;
    if (!target || !target.closest('main')) return;
    // (a click on the map moves or zooms it: a refresh would put it back)
    if (type !== 'click' || target.closest('button, summary, .leaflet-container')) touched = true;
  }, true);
}
