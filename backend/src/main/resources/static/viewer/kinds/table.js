/* A table panel: its table is the panel; there is no chart to draw. */
export const layout = { wide: true, tall: false, tableOnly: true };

export function draw() {
  return null;
}
