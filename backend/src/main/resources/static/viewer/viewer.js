/*
 * The Whole Place dashboard viewer. Dashboards are the backend's (dashboard-config/): this page asks for a dashboard
 * by id with the filter values chosen, draws each panel by its kind with ECharts (served by the backend), offers
 * each panel as a table and as CSV, names the import batches behind the figures, and refreshes when the backend says
 * a dashboard's data changed (subscription dashboardChanged over WebSocket). No build step, no CDN.
 */
'use strict';

(function () {
  const AUDIENCES = [['PUBLIC', 'For everyone'], ['COUNCILLOR', 'For councillors'], ['ANALYST', 'For analysts']];
  const ATTRIBUTION = 'Contains National Statistics and OS data © Crown copyright and database right 2023';
  const state = { dashboards: [], current: null, charts: new Map(), boundaries: null, socket: null,
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

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (key === 'text') node.textContent = value;
      else if (key.startsWith('on')) node.addEventListener(key.substring(2), value);
      else node.setAttribute(key, value === true ? '' : value);
    });
    children.flat().forEach(child => {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    });
    return node;
  }

  function announce(text) {
    document.getElementById('announcer').textContent = text;
  }

  // Figures come as the API gives them: money as exact decimal strings. Numbers are made only to draw and to format.
  function number(value) {
    if (value === null || value === undefined || value === '') return null;
    const n = typeof value === 'number' ? value : Number(value);
    return Number.isFinite(n) ? n : null;
  }

  function format(value, units) {
    const n = number(value);
    if (n === null) return value === null || value === undefined ? '–' : String(value);
    const money = (units || '').includes('£');
    const digits = money ? (Math.abs(n) >= 1000 ? 0 : 2) : (Math.abs(n) >= 100 ? 1 : 2);
    const text = Math.abs(n).toLocaleString('en-GB', { minimumFractionDigits: money ? digits : 0,
      maximumFractionDigits: digits });
    return (n < 0 ? '−' : '') + (money ? '£' : '') + text;
  }

  // An axis label: £2.4bn, £350m, £12k; other figures with their thousands.
  function compact(value, units) {
    const n = number(value);
    if (n === null) return '';
    const money = (units || '').includes('£');
    const abs = Math.abs(n);
    const [divisor, suffix] = abs >= 1e9 ? [1e9, 'bn'] : abs >= 1e6 ? [1e6, 'm'] : abs >= 1e4 ? [1e3, 'k'] : [1, ''];
    const shown = (n / divisor).toLocaleString('en-GB', { maximumFractionDigits: divisor === 1 ? 2 : 1 });
    return (money ? '£' : '') + shown + suffix;
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
        data(filters: $filters) { filters values synthetic batches { id fileName publisher licence synthetic } } } } }`;

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
        panelView(dashboard, panel, panelErrors.get(i), chosen))));
    await Promise.all(dashboard.panels.map((panel, i) => !panelErrors.has(i) && panel.data ? draw(panel) : null));
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

  function panelView(dashboard, panel, error, chosen) {
    const section = element('section', { class: 'panel' + (['sankey', 'heat-map', 'spine', 'table'].includes(panel.kind)
      ? ' wide' : ''), id: 'panel-' + panel.id, 'data-panel': panel.id, 'data-kind': panel.kind,
    'aria-labelledby': 'title-' + panel.id },
    element('h2', { id: 'title-' + panel.id, text: panel.title }),
    element('p', { class: 'units', text: panel.units }));
    if (error || !panel.data) {
      section.append(element('p', { class: 'error', role: 'alert', text: error || 'No data' }));
      return section;
    }
    const values = panel.data.values;
    const table = tableView(panel, values.table);
    if (panel.kind === 'table') {
      section.append(table);
    } else {
      const chart = element('div', { class: 'chart' + (['sankey', 'heat-map'].includes(panel.kind) ? ' tall' : ''),
        id: 'chart-' + panel.id, role: 'img', 'aria-label': panel.title + ': ' + summary(panel) });
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
      if (panel.kind === 'map') section.append(element('p', { class: 'attribution', text: ATTRIBUTION }));
    }
    if (panel.kind === 'table') section.append(element('div', { class: 'actions' }, csvLink(dashboard, panel)));
    section.append(sourceLine(panel));
    return section;
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

  function summary(panel) {
    const v = panel.data.values;
    if (panel.kind === 'kpi') return format(v.value, panel.units);
    return v.table.rows.length + ' rows; shown as a table too';
  }

  // ---- the charts ----

  function draw(panel) {
    const v = panel.data.values;
    if (panel.kind === 'kpi') return drawKpi(panel, v);
    if (panel.kind === 'spine') return drawSpine(panel, v);
    if (panel.kind === 'table') return null;
    // draws now, or once the boundaries are in for a map; the returned promise settles when it has
    const container = document.getElementById('chart-' + panel.id);
    const chart = echarts.init(container, null, { renderer: 'canvas' });
    state.charts.set(panel.id, chart);
    const option = { aria: { enabled: true }, animation: false, tooltip: { trigger: 'item' },
      textStyle: { fontFamily: 'system-ui, sans-serif' } };
    if (panel.kind === 'bar' || panel.kind === 'line') Object.assign(option, categories(panel, v));
    if (panel.kind === 'heat-map') Object.assign(option, heatMap(panel, v));
    if (panel.kind === 'sankey') Object.assign(option, sankey(panel, v));
    if (panel.kind === 'map') {
      return boundaries().then(() => { chart.setOption(Object.assign(option, map(panel, v))); });
    }
    chart.setOption(option);
    return null;
  }

  function categories(panel, v) {
    const horizontal = panel.kind === 'bar' && v.categories.length > 6;
    const category = { type: 'category', data: v.categories, axisLabel: { interval: 0, width: 120,
      overflow: 'truncate', rotate: !horizontal && v.categories.length > 4 ? 30 : 0 } };
    const value = { type: 'value', axisLabel: { formatter: x => compact(x, panel.units) } };
    return {
      tooltip: { trigger: 'axis', valueFormatter: x => format(x, panel.units) },
      legend: v.series.length > 1 ? { top: 0 } : undefined,
      grid: { left: horizontal ? 130 : 70, right: 20, top: v.series.length > 1 ? 30 : 15, bottom: 60 },
      xAxis: horizontal ? value : category, yAxis: horizontal ? Object.assign(category, { inverse: true }) : value,
      series: v.series.map(s => ({ name: s.name, type: panel.kind, data: s.values.map(number),
        connectNulls: false, symbolSize: 6 }))
    };
  }

  function heatMap(panel, v) {
    const values = v.cells.map(c => number(c[2])).filter(n => n !== null);
    return {
      tooltip: { position: 'top', formatter: p => v.y[p.data[1]] + ', ' + v.x[p.data[0]] + ': '
        + format(p.data[2], panel.units) },
      grid: { left: 140, right: 20, top: 10, bottom: 110 },
      xAxis: { type: 'category', data: v.x, axisLabel: { rotate: 40, interval: 0 } },
      yAxis: { type: 'category', data: v.y, axisLabel: { width: 130, overflow: 'truncate' } },
      visualMap: { min: values.length ? Math.min(...values) : 0, max: values.length ? Math.max(...values) : 1,
        calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
        formatter: x => compact(x, panel.units) },
      series: [{ type: 'heatmap', data: v.cells.map(c => [c[0], c[1], number(c[2])]),
        label: { show: v.cells.length <= 60, formatter: p => format(p.data[2], panel.units) } }]
    };
  }

  // An agency that both pays and benefits is two nodes: each says which side it is.
  function sankey(panel, v) {
    const names = Object.fromEntries(v.nodes.map(n => [n.id, n.id.startsWith('pays:') ? n.name + ' (pays)'
      : n.name]));
    const narrow = document.getElementById('chart-' + panel.id).clientWidth < 600;
    return {
      tooltip: { trigger: 'item', formatter: p => p.dataType === 'edge'
        ? names[p.data.source] + ' → ' + names[p.data.target] + ': ' + format(p.data.value, panel.units)
        : names[p.name] },
      series: [{ type: 'sankey', left: 10, right: narrow ? '40%' : 230, nodeAlign: 'justify',
        emphasis: { focus: 'adjacency' },
        data: v.nodes.map(n => ({ name: n.id })),
        label: { formatter: p => names[p.name], width: narrow ? 120 : 220, overflow: 'break' },
        links: v.links.map(l => ({ source: l.source, target: l.target, value: number(l.value) })) }]
    };
  }

  function boundaries() {
    if (!state.boundaries) {
      state.boundaries = fetch('/boundaries/greater-manchester.geojson').then(r => r.json())
        .then(geo => { echarts.registerMap('greater-manchester', geo); return geo; });
    }
    return state.boundaries;
  }

  function map(panel, v) {
    const values = v.areas.map(a => number(a.value)).filter(n => n !== null);
    const names = Object.fromEntries(v.areas.map(a => [a.code, a.name]));
    return {
      tooltip: { trigger: 'item', formatter: p => (names[p.name] || p.name) + ': '
        + (p.data ? format(p.data.value, panel.units) : 'no figure') },
      visualMap: { min: values.length ? Math.min(...values) : 0, max: values.length ? Math.max(...values) : 1,
        left: 'left', bottom: 0, calculable: true, text: ['High', 'Low'], formatter: x => compact(x, panel.units) },
      series: [{ type: 'map', map: 'greater-manchester', nameProperty: 'area_code', roam: false,
        label: { show: false }, data: v.areas.map(a => ({ name: a.code, value: number(a.value) })) }]
    };
  }

  function drawKpi(panel, v) {
    const container = document.getElementById('chart-' + panel.id);
    container.classList.remove('chart');
    container.replaceChildren(element('p', { class: 'kpi', 'data-value': v.value === null ? '' : v.value,
      text: format(v.value, panel.units) }));
    if (v.change !== null && v.change !== undefined) {
      const up = number(v.change) > 0;
      container.append(element('p', { class: 'kpi-change ' + (up ? 'up' : 'down'), 'data-change': v.change,
        text: format(v.change, panel.units) + (v.changePercent !== null ? ' (' + format(v.changePercent, '%')
          + '%)' : '') + ' from the year before' }));
    }
  }

  function drawSpine(panel, v) {
    const container = document.getElementById('chart-' + panel.id);
    container.classList.remove('chart');
    const colours = ['#1b1f24', '#d55e00', '#0072b2', '#009e73'];
    const legend = element('p', { class: 'spine-legend' },
      element('span', {}, element('i', { style: 'background:#b9c2cc' }), 'range of the places'),
      element('span', {}, element('i', { style: 'background:#005a8c;border-radius:50%' }), 'the place, with its interval'),
      v.benchmarks.map((b, i) => element('span', {}, element('i', { style: 'background:' + colours[i % 4] }), b)));
    const rows = v.rows.map(row => {
      const points = [row.value, row.lower, row.upper, row.min, row.max]
        .concat(Object.values(row.benchmarks || {})).map(number).filter(n => n !== null);
      const low = Math.min(...points);
      const high = Math.max(...points);
      const at = x => high === low ? 50 : 2 + 96 * (number(x) - low) / (high - low);
      const track = element('div', { class: 'spine-track' });
      if (number(row.min) !== null) {
        track.append(element('span', { class: 'spine-range', style: 'left:' + at(row.min) + '%;width:'
          + (at(row.max) - at(row.min)) + '%' }));
      }
      if (number(row.lower) !== null && number(row.upper) !== null) {
        track.append(element('span', { class: 'spine-interval', style: 'left:' + at(row.lower) + '%;width:'
          + (at(row.upper) - at(row.lower)) + '%' }));
      }
      Object.values(row.benchmarks || {}).forEach((b, i) => {
        if (number(b) !== null) {
          track.append(element('span', { class: 'spine-mark', style: 'left:' + at(b) + '%;background:'
            + colours[i % 4] }));
        }
      });
      if (number(row.value) !== null) {
        track.append(element('span', { class: 'spine-value', style: 'left:' + at(row.value) + '%' }));
      }
      return element('div', { class: 'spine-row' }, element('span', { text: row.label }), track,
        element('span', { class: 'number', text: number(row.value) === null ? 'no value'
          : format(row.value) + ' (' + row.period + ')' }));
    });
    container.replaceChildren(legend, element('div', { class: 'spine' }, rows));
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
