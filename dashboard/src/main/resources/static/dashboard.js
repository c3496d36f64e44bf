'use strict';
// The pipeline dashboard. Every value from the pipeline is put into the page with textContent, never as HTML:
// article text and dead letters are untrusted input.

const REFRESH_MS = 2000;
const WIKIDATA_ID = /^Q[1-9][0-9]*$/;
const HISTORY_POINTS = 300;
const charts = {
  throughput: echarts.init(document.getElementById('throughput-chart')),
  latency: echarts.init(document.getElementById('latency-chart')),
  reasons: echarts.init(document.getElementById('reasons-chart')),
  publishers: echarts.init(document.getElementById('publishers-chart')),
  entities: echarts.init(document.getElementById('entities-chart')),
};
const throughputHistory = {};
const latencyHistory = { '0.5': [], '0.95': [], '0.99': [] };
const selected = new Set();

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  children.forEach(child => node.append(child instanceof Node ? child : document.createTextNode(String(child ?? ''))));
  return node;
}

function setStat(container, stat, value) {
  const target = container && container.querySelector(`[data-stat="${stat}"]`);
  if (target) target.textContent = value;
}

async function getJson(path) {
  const response = await fetch(path, { cache: 'no-store' });
  if (!response.ok || response.status === 204) return null;
  return response.json();
}

function pushPoint(series, time, value) {
  series.push([time, value]);
  if (series.length > HISTORY_POINTS) series.shift();
}

function lineOptions(seriesByName, unit) {
  return {
    animation: false, tooltip: { trigger: 'axis' }, legend: { top: 0, textStyle: { fontSize: 10 } },
    grid: { left: 40, right: 10, top: 30, bottom: 24 },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true, fontSize: 10 } }, yAxis: { type: 'value', name: unit },
    series: Object.entries(seriesByName).map(([name, data]) => ({ name, type: 'line', showSymbol: false, data })),
  };
}

function barOptions(names, values, horizontal) {
  const category = { type: 'category', data: names, axisLabel: { fontSize: 10 } };
  const value = { type: 'value', minInterval: 1 };
  return {
    animation: false, tooltip: {}, grid: { left: horizontal ? 150 : 40, right: 10, top: 10, bottom: 40 },
    xAxis: horizontal ? value : category, yAxis: horizontal ? { ...category, inverse: true } : value,
    series: [{ type: 'bar', data: values }],
  };
}

function renderFlow(flow) {
  if (!flow || !flow.sampledAt) return;
  document.getElementById('sampled').textContent = `sampled ${new Date(flow.sampledAt).toLocaleTimeString()}`;
  const now = new Date(flow.sampledAt);
  flow.topics.forEach(topic => {
    const node = document.querySelector(`[data-topic="${topic.name}"]`);
    setStat(node, 'records', topic.records);
    setStat(node, 'rate', topic.ratePerSecond.toFixed(1));
    pushPoint(throughputHistory[topic.name] = throughputHistory[topic.name] || [], now, topic.ratePerSecond);
  });
  flow.stages.forEach(stage => {
    const node = document.querySelector(`[data-stage="${stage.name}"]`);
    setStat(node, 'consumed', stage.consumedPerSecond.toFixed(1));
    setStat(node, 'lag-records', stage.lagRecords);
    setStat(node, 'lag-seconds', stage.lagSeconds.toFixed(1));
    setStat(node, 'dead-letters', stage.deadLetters);
  });
  charts.throughput.setOption(lineOptions(throughputHistory, 'rec/s'));
}

function renderLatency(latency) {
  if (!latency) return;
  const now = new Date();
  Object.keys(latencyHistory).forEach(phi => {
    if (latency[phi] !== undefined) pushPoint(latencyHistory[phi], now, latency[phi]);
  });
  document.getElementById('latency-now').textContent = latency['0.99'] === undefined ? 'n/a'
    : `p50 ${latency['0.5'].toFixed(2)} · p95 ${latency['0.95'].toFixed(2)} · p99 ${latency['0.99'].toFixed(2)}`;
  charts.latency.setOption(lineOptions({ p50: latencyHistory['0.5'], p95: latencyHistory['0.95'],
    p99: latencyHistory['0.99'] }, 's'));
}

function renderRejections(rejections) {
  if (!rejections) return;
  charts.reasons.setOption(barOptions(Object.keys(rejections.byReason), Object.values(rejections.byReason), false));
  charts.publishers.setOption(barOptions(Object.keys(rejections.bySource), Object.values(rejections.bySource), false));
}

/** The entity's name, and beside it its Wikidata id as a link to its Wikidata page where it has one. */
function entityName(entity) {
  const qid = entity.wikidataId;
  if (typeof qid !== 'string' || !WIKIDATA_ID.test(qid)) return [entity.name];
  return [entity.name, ' ', el('a', { class: 'qid', href: `https://www.wikidata.org/wiki/${qid}`, target: '_blank',
    rel: 'noopener noreferrer', title: `${entity.name} on Wikidata` }, qid)];
}

function renderTopEntities(entities) {
  if (!Array.isArray(entities)) return;
  charts.entities.setOption(barOptions(entities.map(e => `${e.name} (${e.type})`), entities.map(e => e.stories), true));
  document.getElementById('top-entities').replaceChildren(...entities.map(e => el('li',
    { 'data-entity': e.id, title: e.id }, ...entityName(e),
    ` · ${e.type} · ${e.stories} ${e.stories === 1 ? 'story' : 'stories'} (${e.articles} ${e.articles === 1 ? 'article' : 'articles'})`)));
}

function deadLetterRow(letter) {
  const id = `${letter.topic}|${letter.partition}|${letter.offset}`;
  const box = el('input', { type: 'checkbox', 'data-dead-letter': id });
  box.checked = selected.has(id);
  box.addEventListener('change', () => box.checked ? selected.add(id) : selected.delete(id));
  return el('tr', { 'data-offset': letter.offset, 'data-key': letter.key ?? '' },
    el('td', {}, box), el('td', {}, new Date(letter.deadLetteredAt).toLocaleTimeString()),
    el('td', {}, `${letter.partition}@${letter.offset}`), el('td', {}, letter.key ?? ''),
    el('td', {}, (letter.exception || '').split('.').pop()), el('td', {}, letter.reason ?? ''),
    el('td', {}, el('pre', {}, letter.value ?? '(tombstone)')));
}

function renderDeadLetters(deadLetters) {
  if (!deadLetters) return;
  const container = document.getElementById('dead-letters');
  container.replaceChildren(...Object.entries(deadLetters).map(([topic, view]) => el('div', { 'data-dlt': topic },
    el('h3', {}, `${topic} — ${view.kept} kept · `,
      Object.entries(view.byException).map(([name, count]) => `${name.split('.').pop()} ${count}`).join(', ')),
    el('table', {}, el('thead', {}, el('tr', {}, ...['', 'when', 'at', 'key', 'exception', 'reason', 'record']
      .map(title => el('th', {}, title)))), el('tbody', {}, ...view.latest.map(deadLetterRow))))));
}

/** The article's text with its entity mentions marked, built node by node so the text stays text. */
function highlighted(zone, entities) {
  const mentions = entities.flatMap(entity => entity.mentions.filter(m => m.zone === zone.name)
    .map(m => ({ ...m, type: entity.type, id: entity.id }))).sort((a, b) => a.start - b.start);
  const parts = [];
  let at = 0;
  mentions.forEach(m => {
    if (m.start < at) return;
    parts.push(zone.text.slice(at, m.start));
    parts.push(el('mark', { class: m.type, title: m.id }, zone.text.slice(m.start, m.end)));
    at = m.end;
  });
  parts.push(zone.text.slice(at));
  return el('div', { class: 'text', 'data-zone': zone.name }, ...parts);
}

function renderArticles(articles) {
  if (!articles) return;
  document.getElementById('articles').replaceChildren(...articles.map(article => {
    const zones = article.zones.filter(zone => zone.name === 'STANDFIRST' || zone.name === 'BODY');
    return el('div', { class: 'article', 'data-article': article.articleId },
      el('h3', {}, article.title),
      el('div', {}, ...article.entities.map(e => el('span', { class: 'chip', title: e.id, 'data-entity': e.id },
        ...entityName(e), ` · ${e.type}`))),
      ...zones.map(zone => highlighted(zone, article.entities)));
  }));
}

async function redrive() {
  const result = document.getElementById('redrive-result');
  const records = [...selected].map(id => {
    const [topic, partition, offset] = id.split('|');
    return { topic, partition: Number(partition), offset: Number(offset) };
  });
  const response = await fetch('/api/dead-letters/redrive', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json',
      Authorization: `Bearer ${document.getElementById('operator-token').value}` },
    body: JSON.stringify({ records }),
  });
  const body = await response.json();
  if (!response.ok) {
    result.textContent = body.message || `refused (${response.status})`;
    return;
  }
  selected.clear();
  result.textContent = body.results.map(r => `${r.record.topic}-${r.record.partition}@${r.record.offset}: ${r.status}`
    + (r.sentTo ? ` → ${r.sentTo}` : '')).join('; ');
}

async function refresh() {
  const [flow, rejections, deadLetters, articles, latency, entities] = await Promise.all(['/api/flow',
    '/api/rejections', '/api/dead-letters', '/api/articles/latest', '/api/latency', '/api/top-entities']
    .map(path => getJson(path).catch(() => null)));
  renderFlow(flow);
  renderRejections(rejections);
  renderDeadLetters(deadLetters);
  renderArticles(articles);
  renderLatency(latency);
  renderTopEntities(entities);
}

document.getElementById('redrive-button').addEventListener('click', redrive);
window.addEventListener('resize', () => Object.values(charts).forEach(chart => chart.resize()));
refresh();
setInterval(refresh, REFRESH_MS);
