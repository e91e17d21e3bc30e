/* What every ECharts chart of a panel starts from (ECharts is the page's global, served by the backend). */
export function chartOption() {
  return { aria: { enabled: true }, animation: false, tooltip: { trigger: 'item' },
    textStyle: { fontFamily: 'system-ui, sans-serif' } };
}
