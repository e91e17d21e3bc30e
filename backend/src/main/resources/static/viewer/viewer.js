/*
 * The Whole Place dashboard viewer. Dashboards are the backend's (dashboard-config/): this page asks for a dashboard
 * by id with the filter values chosen, draws each panel by its kind's module (kinds/<kind>.js, most with ECharts,
 * all served by the backend), offers each panel as a table and as CSV, names the import batches behind the figures,
 * and refreshes when the backend says a dashboard's data changed (subscription dashboardChanged over WebSocket). No
 * build step, no CDN.
 *
 * A kind's module exports layout { wide, tall, tableOnly }, draw(panel, container, newChart) (a promise when it
 * draws later) and, optionally, summary(panel) and attribution: a new kind of panel is a new module, nothing here.
 */
import { element } from './elements.js';
import { number } from './figures.js';

(function () {
  const AUDIENCES = [['PUBLIC', 'For everyone'], ['COUNCILLOR', 'For councillors'], ['ANALYST', 'For analysts']];
  const state = { dashboards: [], current: null, charts: new Map(), kinds: new Map(), socket: null,
    subscribed: null, refreshTimer: null, reconnectTimer: null, enumValues: new Set() };
  // What the end-to-end tests read: the charts by panel, and the last data drawn.
  window.wholePlace = { charts: state.charts, data: {}, ready: false };

  async function graphql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, variables })
    });
    return response.json();
  }

  function announce(text) {
    document.getElementById('announcer').textContent = text;
  }

  // What a table cell shows: enumerations in words, decimals rounded for reading (the raw figure stays in
  // data-value, and in the CSV).
  function cellText(value) {
    if (value === null || value === undefined) return '';
    if (Array.isArray(value)) return value.map(cellText).join('; ');
    if (typeof value === 'object') return Object.values(value).map(cellText).join(' ');
    if (typeof value === 'boolean') return value ? 'yes' : 'no';
    if (typeof value === 'string' && state.enumValues.has(value)) {
      const words = value.toLowerCase().replace(/_/g, ' ');
      return words.charAt(0).toUpperCase() + words.substring(1);
    }
    if (typeof value === 'string' && /^-?\d+\.\d{2}$/.test(value)) {
      return Number(value).toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }
    if (typeof value === 'number' && !Number.isInteger(value)) {
      return value.toLocaleString('en-GB', { maximumFractionDigits: Math.abs(value) < 10 ? 3 : 1 });
    }
    return String(value);
  }

  // ---- the list of dashboards ----

  async function loadList() {
    // the schema's enumeration values, so that a table writes NOT_COMPARED as words but NHS as it is
    const [result, schema] = await Promise.all([graphql('{ dashboards { id title audience description tags } }'),
      graphql('{ __schema { types { name enumValues { name } } } }')]);
    state.dashboards = result.data ? result.data.dashboards : [];
    state.enumValues = new Set((schema.data ? schema.data.__schema.types : [])
      .filter(type => type.enumValues && !type.name.startsWith('__'))
      .flatMap(type => type.enumValues.map(value => value.name)));
    const nav = document.getElementById('dashboards');
    // on a phone the list folds away, so that the dashboard comes first
    const list = element('details', { open: !window.matchMedia('(max-width: 760px)').matches },
      element('summary', { text: 'Dashboards' }));
    nav.replaceChildren(list);
    AUDIENCES.forEach(([audience, heading]) => {
      const mine = state.dashboards.filter(d => d.audience === audience);
      if (!mine.length) return;
      list.append(element('h2', { id: 'audience-' + audience, text: heading }),
        element('ul', { 'aria-labelledby': 'audience-' + audience },
          mine.map(d => element('li', {}, element('a', { href: '#/' + d.id, 'data-dashboard': d.id,
            title: d.description, text: d.title })))));
    });
  }

  function markCurrent(id) {
    document.querySelectorAll('[data-dashboard]').forEach(a => {
      if (a.dataset.dashboard === id) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    });
  }

  // ---- a dashboard ----

  // Each kind's module, loaded once, when a dashboard first has a panel of that kind.
  function kindsOf(panels) {
    panels.forEach(p => {
      if (!state.kinds.has(p.kind)) state.kinds.set(p.kind, import('./kinds/' + p.kind + '.js'));
    });
    return Promise.all(panels.map(p => state.kinds.get(p.kind)));
  }

  function route() {
    const hash = decodeURIComponent(location.hash.replace(/^#\/?/, ''));
    const [id, query] = hash.split('?');
    const filters = {};
    new URLSearchParams(query || '').forEach((value, key) => { filters[key] = value; });
    return { id: id || (state.dashboards[0] && state.dashboards[0].id), filters };
  }

  const DASHBOARD = `query($id: ID!, $filters: JSON) { dashboard(id: $id) {
      id title description audience tags
      filters { name kind label default options { value label } }
      panels { id title kind units source
        data(filters: $filters) { filters values synthetic warnings batches { id fileName publisher licence synthetic } } } } }`;

  async function show(id, filters, reason) {
    window.wholePlace.ready = false;
    document.body.dataset.state = 'loading';
    markCurrent(id);
    const result = await graphql(DASHBOARD, { id, filters });
    const dashboard = result.data && result.data.dashboard;
    const target = document.getElementById('dashboard');
    if (!dashboard) {
      target.replaceChildren(element('p', { class: 'error', text: result.errors ? result.errors[0].message
        : 'There is no dashboard \u201c' + id + '\u201d.' }));
      document.body.dataset.state = 'ready';
      return;
    }
    const kinds = await kindsOf(dashboard.panels);
    const panelErrors = new Map();
    (result.errors || []).forEach(e => {
      const at = e.path || [];
      if (at[0] === 'dashboard' && at[1] === 'panels') panelErrors.set(at[2], e.message);
    });
    const chosen = {};
    dashboard.filters.forEach(f => { chosen[f.name] = filters[f.name] || f.default; });
    state.current = { dashboard, filters: chosen };
    state.charts.forEach(chart => chart.dispose());
    state.charts.clear();
    target.replaceChildren(
      element('div', { class: 'intro' }, element('h1', { text: dashboard.title }),
        element('p', { text: dashboard.description }),
        element('ul', { class: 'tags', 'aria-label': 'Tags' }, dashboard.tags.map(t => element('li', { text: t })))),
      filterControls(dashboard, chosen),
      element('div', { class: 'panels' }, dashboard.panels.map((panel, i) =>
        panelView(dashboard, panel, kinds[i], panelErrors.get(i)))));
    await Promise.all(dashboard.panels.map((panel, i) => !panelErrors.has(i) && panel.data ? draw(panel, kinds[i])
      : null));
    subscribe(dashboard.id);
    window.wholePlace.data = Object.fromEntries(dashboard.panels.map(p => [p.id, p.data]));
    window.wholePlace.ready = true;
    document.body.dataset.state = 'ready';
    document.title = 'Whole Place · ' + dashboard.title;
    announce(reason || dashboard.title + ' shown');
  }

  function filterControls(dashboard, chosen) {
    if (!dashboard.filters.length) return element('div');
    return element('form', { class: 'filters', 'aria-label': 'Filters', onsubmit: e => e.preventDefault() },
      dashboard.filters.map(filter => {
        const id = 'filter-' + filter.name;
        const select = element('select', { id, name: filter.name, 'data-filter': filter.name,
          onchange: () => choose(filter.name, select.value) },
          filter.options.map(o => element('option', { value: o.value, selected: o.value === chosen[filter.name],
            text: o.label })));
        return element('div', {}, element('label', { for: id, text: filter.label }), select);
      }),
      element('p', { class: 'status', id: 'filter-status', 'aria-live': 'polite' }));
  }

  function choose(name, value) {
    const { dashboard, filters } = state.current;
    const next = Object.assign({}, filters, { [name]: value });
    const query = new URLSearchParams(next).toString();
    location.hash = '#/' + dashboard.id + (query ? '?' + query : '');
  }

  function csvHref(dashboard, panel) {
    const query = new URLSearchParams(state.current.filters).toString();
    return '/dashboards/' + encodeURIComponent(dashboard.id) + '/panels/' + encodeURIComponent(panel.id) + '.csv'
      + (query ? '?' + query : '');
  }

  function panelView(dashboard, panel, kind, error) {
    const section = element('section', { class: 'panel' + (kind.layout.wide ? ' wide' : ''), id: 'panel-' + panel.id,
      'data-panel': panel.id, 'data-kind': panel.kind,
    'aria-labelledby': 'title-' + panel.id },
    element('h2', { id: 'title-' + panel.id, text: panel.title }),
    element('p', { class: 'units', text: panel.units }));
    if (error || !panel.data) {
      section.append(element('p', { class: 'error', role: 'alert', text: error || 'No data' }));
      return section;
    }
    const values = panel.data.values;
    const table = tableView(panel, values.table);
    if (kind.layout.tableOnly) {
      section.append(table, element('div', { class: 'actions' }, csvLink(dashboard, panel)));
    } else {
      const chart = element('div', { class: 'chart' + (kind.layout.tall ? ' tall' : ''),
        id: 'chart-' + panel.id, role: 'img', 'aria-label': panel.title + ': ' + summary(panel, kind) });
      table.hidden = true;
      const toggle = element('button', { type: 'button', 'aria-pressed': 'false', 'aria-controls': table.id,
        'data-action': 'table', text: 'Show as a table' });
      toggle.addEventListener('click', () => {
        const showing = table.hidden;
        table.hidden = !showing;
        chart.hidden = showing;
        toggle.setAttribute('aria-pressed', String(showing));
        toggle.textContent = showing ? 'Show as a chart' : 'Show as a table';
        if (!showing) { const c = state.charts.get(panel.id); if (c) c.resize(); }
      });
      section.append(chart, table, element('div', { class: 'actions' }, toggle, csvLink(dashboard, panel)));
      if (kind.attribution) section.append(element('p', { class: 'attribution', text: kind.attribution }));
    }
    const warnings = warningList(panel);
    if (warnings) section.append(warnings);
    section.append(sourceLine(panel));
    return section;
  }

  /** What the figures come with a warning of (an appraisal's double counting, a forecast deflator), in words. */
  function warningList(panel) {
    const warnings = panel.data.warnings || [];
    if (!warnings.length) return null;
    return element('div', { class: 'warnings', role: 'note', 'aria-label': 'Read these figures with care' },
      element('p', { class: 'warnings-title', text: 'Read with care' }),
      element('ul', {}, warnings.map(w => element('li', { text: w }))));
  }

  function csvLink(dashboard, panel) {
    return element('a', { href: csvHref(dashboard, panel), download: '', 'data-action': 'csv',
      text: 'Download CSV', 'aria-label': 'Download \u201c' + panel.title + '\u201d as CSV' });
  }

  function sourceLine(panel) {
    const batches = panel.data.batches || [];
    const links = [];
    batches.forEach((b, i) => {
      if (i) links.push(', ');
      links.push(element('a', { href: '/imports/' + b.id, title: b.publisher + ', ' + b.licence,
        text: b.fileName + (b.synthetic ? ' (synthetic)' : '') }));
    });
    return element('p', { class: 'source' },
      panel.data.synthetic ? element('span', { class: 'synthetic', text: 'Includes synthetic figures' }) : null,
      panel.data.synthetic ? ' ' : null, 'Source: ' + panel.source + '. ',
      batches.length ? 'Import batches: ' : '', links);
  }

  function tableView(panel, table) {
    const numeric = table.columns.map((c, i) => table.rows.some(r => number(r[i]) !== null)
      && table.rows.every(r => r[i] === null || r[i] === undefined || number(r[i]) !== null));
    return element('div', { class: 'table-view', id: 'table-' + panel.id, 'data-table': panel.id, tabindex: '0' },
      element('table', {},
        element('caption', { text: panel.title + (panel.units ? ' (' + panel.units + ')' : '') }),
        element('thead', {}, element('tr', {}, table.columns.map((c, i) =>
          element('th', { scope: 'col', class: numeric[i] ? 'number' : null, text: c.label })))),
        element('tbody', {}, table.rows.map(row => element('tr', {}, row.map((cell, i) =>
          element('td', { class: numeric[i] ? 'number' : null, 'data-value': cell === null || cell === undefined
            ? '' : String(cell), text: cellText(cell) })))))));
  }

  function summary(panel, kind) {
    return kind.summary ? kind.summary(panel) : panel.data.values.table.rows.length + ' rows; shown as a table too';
  }

  // ---- the charts ----

  // Drawn by the kind's module; the ECharts charts it makes are kept by panel (the end-to-end tests read them).
  function draw(panel, kind) {
    const container = document.getElementById('chart-' + panel.id);
    return kind.draw(panel, container, () => {
      const chart = echarts.init(container, null, { renderer: 'canvas' });
      state.charts.set(panel.id, chart);
      return chart;
    });
  }

  // ---- live refresh: subscription dashboardChanged over graphql-transport-ws ----

  // The backend closes its sockets when it stops (a restart, a redeploy): the viewer connects again, waiting longer
  // each time up to 30 s, and redraws once back, since an import may have landed while it was away.
  function subscribe(id, attempt = 0) {
    if (state.subscribed === id && state.socket && state.socket.readyState <= 1) return;
    if (state.socket) state.socket.close();
    clearTimeout(state.reconnectTimer);
    state.subscribed = id;
    const socket = new WebSocket((location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + '/graphql',
      'graphql-transport-ws');
    state.socket = socket;
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'connection_init' })));
    socket.addEventListener('message', event => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: 'changes', type: 'subscribe', payload: {
          query: 'subscription($id: ID!) { dashboardChanged(id: $id) { reason batch { fileName } } }',
          variables: { id } } }));
        if (attempt > 0) redraw(id, 'Live refresh resumed; the figures are redrawn');
        attempt = 0;
      } else if (message.type === 'next' && message.payload && message.payload.data) {
        const change = message.payload.data.dashboardChanged;
        redraw(id, 'Updated: ' + (change.batch ? 'new data from ' + change.batch.fileName
          : 'the dashboard changed'));
      } else if (message.type === 'complete' || message.type === 'error') {
        socket.close();   // the backend ended the stream: connect again
      } else if (message.type === 'ping') {
        socket.send(JSON.stringify({ type: 'pong' }));
      }
    });
    socket.addEventListener('close', () => {
      if (state.socket !== socket) return;   // replaced by another dashboard's
      state.socket = null;
      state.reconnectTimer = setTimeout(() => {
        if (state.subscribed === id) subscribe(id, attempt + 1);
      }, Math.min(30000, 1000 * 2 ** attempt));
    });
  }

  /** Changes come in bursts (an import touches many panels): one redraw for a burst. */
  function redraw(id, reason) {
    clearTimeout(state.refreshTimer);
    state.refreshTimer = setTimeout(() => {
      const { id: current, filters } = route();
      if (current === id) show(id, filters, reason);
    }, 300);
  }

  window.addEventListener('resize', () => state.charts.forEach(chart => chart.resize()));
  window.addEventListener('hashchange', () => { const r = route(); if (r.id) show(r.id, r.filters); });

  loadList().then(() => {
    const r = route();
    if (r.id) show(r.id, r.filters);
  });
})();
