// The event table, its pages, and one event's sentence, provenance and article.
import { api, empty, safeUrl } from './api.js';

const PAGE = 25;
let offset = 0;
let total = 0;

/** An actor's cell: its name, with the code beside it in smaller type and in data-code (for tests and copying). */
function actorCell(a) {
  const td = document.createElement('td');
  if (!a) {
    td.textContent = '—';
    return td;
  }
  td.dataset.code = a.code;
  td.title = `${a.code} — “${a.text}”`;
  const code = document.createElement('small');
  code.className = 'code';
  code.textContent = a.code;
  td.append(a.name ?? a.code, ' ', code);
  return td;
}

function textCell(v) {
  const td = document.createElement('td');
  td.textContent = v ?? '—';
  return td;
}

export async function loadEvents(p, at) {
  offset = at;
  const q = new URLSearchParams(p);
  q.set('limit', PAGE);
  q.set('offset', offset);
  const page = await api('/api/events', q);
  total = page.total;
  document.getElementById('count').textContent = `${page.total} event${page.total === 1 ? '' : 's'}`;
  document.getElementById('page').textContent = page.total ? `${offset + 1}–${Math.min(offset + PAGE, page.total)} of ${page.total}` : '';
  empty('table-panel', page.total === 0);
  const tbody = document.querySelector('#events tbody');
  tbody.replaceChildren();
  for (const e of page.items) {
    const tr = document.createElement('tr');
    tr.dataset.id = e.id;
    tr.append(textCell(e.date), actorCell(e.source), textCell(`${e.event.code} ${e.event.label ?? ''}`), actorCell(e.target),
      textCell(e.location?.name), textCell(e.event.goldstein), textCell(e.confidence.toFixed(2)), textCell(e.doc_id));
    tbody.append(tr);
  }
}

export function pageBy(p, delta) {
  const next = offset + delta * PAGE;
  if (next < 0 || next >= total) return Promise.resolve();
  return loadEvents(p, next);
}

/**
 * The sentence as text nodes with the source, target and trigger spans in marks (never as HTML). A span inside
 * another is nested in it (a source that is also the verb, "airstrikes hit…", keeps both marks); a span that
 * starts inside another and runs past it is cut at the other's end.
 */
export function markedSentence(text, spans) {
  const marks = Object.entries(spans).map(([kind, [a, b]]) => ({ kind, a, b })).sort((x, y) => x.a - y.a || y.b - x.b);
  const root = { a: 0, b: text.length, children: [] };
  const stack = [root];
  for (const m of marks) {
    while (stack.length > 1 && m.a >= stack[stack.length - 1].b) stack.pop();
    const parent = stack[stack.length - 1];
    const node = { ...m, b: Math.min(m.b, parent.b), children: [] };
    const last = parent.children[parent.children.length - 1];
    if (last && node.a < last.b) node.a = last.b; // overlaps a sibling: keep what follows it
    if (node.a >= node.b) continue;
    parent.children.push(node);
    stack.push(node);
  }
  const render = n => {
    const out = [];
    let at = n.a;
    for (const c of n.children) {
      out.push(document.createTextNode(text.slice(at, c.a)));
      const mark = document.createElement('mark');
      mark.className = c.kind;
      mark.title = c.kind;
      mark.append(...render(c));
      out.push(mark);
      at = c.b;
    }
    out.push(document.createTextNode(text.slice(at, n.b)));
    return out;
  };
  return render(root);
}

export async function showEvent(id) {
  const e = await api(`/api/events/${id}`);
  const panel = document.getElementById('detail');
  panel.hidden = false;
  document.getElementById('detail-id').textContent = `#${e.id}`;
  document.querySelector('#detail .sentence').replaceChildren(...markedSentence(e.sentence.text ?? '', e.sentence.spans ?? {}));
  const dl = document.getElementById('detail-fields');
  dl.replaceChildren();
  const actor = a => (a ? `${a.name} — ${a.code}, “${a.text}” (${a.origin})` : '—');
  const fields = [
    ['Event', `${e.event.code} ${e.event.label ?? ''} (root ${e.event.root}, quad class ${e.event.quad_class}, Goldstein ${e.event.goldstein}${e.event.plover ? ', PLOVER ' + e.event.plover : ''})`],
    ['Source', actor(e.source)], ['Target', actor(e.target)],
    ['Date', `${e.date} (${e.date_precision})`],
    ['Rule', e.rule], ['Confidence', e.confidence], ['Factuality', e.factuality],
    ['Place', e.location ? `${e.location.name} (${e.location.country ?? ''}, ${e.location.precision})` : '—'],
    ['Article', `${e.article.doc_id}${e.article.title ? ' — ' + e.article.title : ''} (${e.article.date}${e.article.source ? ', ' + e.article.source : ''})`],
  ];
  for (const [k, v] of fields) {
    const dt = document.createElement('dt');
    dt.textContent = k;
    const dd = document.createElement('dd');
    dd.textContent = v;
    dl.append(dt, dd);
  }
  showArticleUrl(e.article.url);
  const pre = document.getElementById('article-text');
  pre.hidden = true;
  const link = document.getElementById('article-link');
  link.href = `/api/articles/${e.article.id}`;
  link.onclick = async ev => {
    ev.preventDefault();
    const a = await api(`/api/articles/${e.article.id}`);
    pre.textContent = (a.title ? a.title + '\n\n' : '') + a.text + (a.url ? `\n\n${a.url}` : '');
    pre.hidden = false;
  };
}

/** The original's address: a link when it is a web address, else only its text. */
function showArticleUrl(url) {
  const where = document.getElementById('article-url');
  where.replaceChildren();
  if (!url) return;
  const safe = safeUrl(url);
  if (safe) {
    const a = document.createElement('a');
    a.href = safe;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    a.textContent = 'Open the original';
    where.append(a);
  } else {
    where.append(`(original: ${url})`);
  }
}
