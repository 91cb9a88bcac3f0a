// Where the stations of a scope stand, drawn: the sites with coordinates on a map (Leaflet, from its WebJar),
// with a tile background only when the server names a tile server (many offices have no internet, so it is
// off by default and the sites stand on a plain background); every station as well on a schematic by unit,
// the officer's communes as tiles with one dot per site in its state, so a silent one shows at a glance
// whether or not anyone entered coordinates.
'use strict';

import { define, t, num } from '../i18n.js';
import { h, link } from '../dom.js';
import { unitName } from '../common.js';

define({
  'stationsMap.map': ['Bản đồ các điểm phát', 'Map of the sites'],
  'stationsMap.noTiles': ['Chưa cấu hình nền bản đồ (máy chủ không có địa chỉ lớp bản đồ): các điểm phát được vẽ theo tọa độ trên nền trơn.',
    'No map background is configured (the server names no tile server): the sites are drawn by their coordinates on a plain background.'],
  'stationsMap.located': ['{n} điểm phát có tọa độ; {rest} điểm chưa có tọa độ chỉ hiện trên sơ đồ.',
    '{n} sites have coordinates; {rest} without coordinates show only on the schematic.'],
  'stationsMap.noneLocated': ['Chưa điểm phát nào có tọa độ (nhập vĩ độ, kinh độ ở trang điểm phát của đài để vẽ bản đồ).',
    'No site has coordinates yet (enter latitude and longitude on a station\'s sites page to draw the map).'],
  'stationsMap.schematic': ['Sơ đồ theo đơn vị', 'Schematic by unit'],
  'stationsMap.legend': ['Mỗi chấm là một điểm phát', 'Each dot is a site'],
  'stationsMap.place': ['{site} ({station}): {state}', '{site} ({station}): {state}']
});

const LEAFLET = '/webjars/leaflet/1.9.4/dist/';
const COLOURS = { silent: '#c62828', never_heard: '#607d8b', online: '#2e7d32' };
let leaflet = null;

/** @param stations the rows of /reports/stations-now shown under the page's filters */
export function stationsMap(stations, units, tiles) {
  const located = stations.flatMap(s => s.places.filter(p => p.latitude != null).map(p => ({ ...p, station: s })));
  const all = stations.reduce((n, s) => n + s.places.length, 0);
  return h('div', { id: 'stations-drawn' },
    h('h2', {}, t('stationsMap.map')),
    located.length === 0 ? h('p', {}, t('stationsMap.noneLocated')) : [
      tiles ? null : h('p', { class: 'hint' }, t('stationsMap.noTiles')),
      h('p', {}, t('stationsMap.located', { n: num(located.length), rest: num(all - located.length) })),
      mapOf(located, tiles)],
    h('h2', {}, t('stationsMap.schematic')),
    legend(),
    schematic(stations, units));
}

function legend() {
  return h('p', { class: 'legend' }, t('stationsMap.legend'), ': ',
    ['silent', 'never_heard', 'online'].map(s => h('span', { class: 'legend-item' }, h('span', { class: 'dot ' + s }), ' ', t('stations.' + s), ' ')));
}

/** One tile per unit, silent units first (the ones to call), each station a line of dots, one per site. */
function schematic(stations, units) {
  const byUnit = new Map();
  for (const s of stations) {
    if (!byUnit.has(s.commune_code)) byUnit.set(s.commune_code, []);
    byUnit.get(s.commune_code).push(s);
  }
  const rank = list => list.some(s => s.state === 'silent') ? 0 : list.some(s => s.state === 'never_heard') ? 1 : 2;
  const tiles = [...byUnit.entries()].map(([code, list]) => ({ code, list, name: unitName(units, code), rank: rank(list) }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'vi'));
  return h('ul', { class: 'schematic', id: 'stations-schematic' }, tiles.map(tile =>
    h('li', { class: 'unit-tile ' + (['silent', 'never_heard', 'online'][tile.rank]), 'data-unit': tile.code },
      h('strong', {}, tile.name),
      tile.list.map(s => h('p', {}, link('#/stations/' + s.station_id, s.name), ' ',
        s.places.map(p => h('span', {
          class: 'dot ' + p.state, 'data-site': p.code, role: 'img',
          'aria-label': t('stationsMap.place', { site: p.name, station: s.name, state: t('stations.' + p.state) }),
          title: t('stationsMap.place', { site: p.name, station: s.name, state: t('stations.' + p.state) })
        })))))));
}

/** The map's box; Leaflet draws into it once it is on the page (a live refresh builds the page aside first). */
function mapOf(places, tiles) {
  const box = h('div', { id: 'stations-map', role: 'region', 'aria-label': t('stationsMap.map') });
  const start = Date.now();
  const draw = () => {
    if (!box.isConnected) {
      if (Date.now() - start < 10000) requestAnimationFrame(draw);
      return;
    }
    loadLeaflet().then(L => drawMap(L, box, places, tiles)).catch(() => {});
  };
  requestAnimationFrame(draw);
  return box;
}

function drawMap(L, box, places, tiles) {
  const map = L.map(box, { attributionControl: false });
  if (tiles) {
    L.tileLayer(tiles.url, { maxZoom: 18 }).addTo(map);
    L.control.attribution({ prefix: false }).addAttribution(tiles.attribution || '').addTo(map);
  }
  // the view first: Leaflet adds a marker's element only once the map has one
  map.fitBounds(L.latLngBounds(places.map(p => [p.latitude, p.longitude])).pad(0.15), { maxZoom: 13 });
  // silent sites drawn last, so they sit on top where sites crowd
  const order = { online: 0, never_heard: 1, silent: 2 };
  for (const p of [...places].sort((a, b) => order[a.state] - order[b.state])) {
    const label = t('stationsMap.place', { site: p.name, station: p.station.name, state: t('stations.' + p.state) });
    const marker = L.circleMarker([p.latitude, p.longitude], {
      radius: 7, weight: 2, color: '#fff', fillColor: COLOURS[p.state] || COLOURS.never_heard, fillOpacity: 0.95,
      className: 'place place-' + p.state
    }).addTo(map);
    marker.bindTooltip(label);
    marker.bindPopup(h('div', { class: 'place-popup' }, h('p', {}, label), link('#/stations/' + p.station.station_id, p.station.name)));
    marker.getElement().setAttribute('data-site', p.code);
  }
  box.dataset.drawn = String(places.length);
}

/** Leaflet's script and styles, fetched the first time a map is drawn (most pages never need them). */
function loadLeaflet() {
  if (!leaflet) {
    leaflet = new Promise((resolve, reject) => {
      document.head.append(h('link', { rel: 'stylesheet', href: LEAFLET + 'leaflet.css' }));
      const script = h('script', { src: LEAFLET + 'leaflet.js' });
      script.addEventListener('load', () => resolve(window.L));
      script.addEventListener('error', () => { leaflet = null; reject(new Error('leaflet')); });
      document.head.append(script);
    });
  }
  return leaflet;
}
