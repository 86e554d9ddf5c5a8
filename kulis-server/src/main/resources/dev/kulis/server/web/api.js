// The JSON API, one function per endpoint; failures become Errors carrying the server's message.

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

async function get(path, params = {}) {
  const qs = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    for (const one of Array.isArray(v) ? v : [v]) {
      if (one !== undefined && one !== null && one !== '') qs.append(k, one);
    }
  }
  const url = qs.toString() ? `${path}?${qs}` : path;
  const res = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await res.json();
  } catch {
    throw new ApiError(res.status, `Sunucu yanıtı okunamadı (${res.status})`);
  }
  if (!res.ok) throw new ApiError(res.status, body && body.message ? body.message : `Hata ${res.status}`);
  return body;
}

const id = (s) => String(s).split('/').map(encodeURIComponent).join('/');

export const api = {
  status: () => get('/api/status'),
  search: (params) => get('/api/search', params),
  article: (articleId) => get(`/api/articles/${id(articleId)}`),
  entities: (q, limit = 20) => get('/api/entities', { q, limit }),
  entity: (entityId) => get(`/api/entities/${id(entityId)}`),
  quotes: (params) => get('/api/quotes', params),
  cluster: (clusterId) => get(`/api/clusters/${id(clusterId)}`),
  graph: (entity, limit = 40) => get('/api/graph', { entity, limit }),
};
