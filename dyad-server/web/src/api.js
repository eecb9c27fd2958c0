// The API client: one JSON fetch, and a count of requests in flight behind the loading indicator.
let inFlight = 0;

function busy(delta) {
  inFlight += delta;
  const on = inFlight > 0;
  document.getElementById('loading').hidden = !on;
  document.querySelector('main').setAttribute('aria-busy', String(on));
}

export async function api(path, params) {
  const url = params && [...params].length ? `${path}?${params}` : path;
  busy(1);
  try {
    const r = await fetch(url);
    const body = await r.json();
    if (!r.ok) throw new Error(body.message || `${r.status}`);
    return body;
  } finally {
    busy(-1);
  }
}

/** Shows or hides a panel's empty-result message; returns whether the panel is empty. */
export function empty(panelId, isEmpty) {
  const p = document.querySelector(`#${panelId} .empty`);
  if (p) p.hidden = !isEmpty;
  return isEmpty;
}

/** Only web addresses become links: a javascript: or data: URL in an article's metadata must never run. */
export function safeUrl(u) {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
