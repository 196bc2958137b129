/*
 * Plots with uPlot (the WebJar): thin helpers so pages say what to draw, not how.
 * Charts.lines(container, {title, x: [...epochSeconds], series: [{label, values, color}]}) and
 * Charts.bars(container, {title, labels: [...], series: [{label, values, color}]}); both return the uPlot, whose
 * setData() updates it in place.
 */
(function () {
  "use strict";
  const palette = ["#0b5cad", "#b00020", "#1d6b2f", "#8a5a00", "#6a1b9a", "#4a4a4a"];

  function width(container) {
    return Math.max(280, Math.floor(container.getBoundingClientRect().width || 400) - 8);
  }

  function lines(container, spec) {
    const opts = {
      title: spec.title,
      width: width(container),
      height: spec.height || 220,
      scales: { x: { time: spec.time !== false } },
      series: [{}].concat(spec.series.map((s, i) => ({
        label: s.label, stroke: s.color || palette[i % palette.length], width: 2, points: { show: false },
      }))),
      axes: [{}, { label: spec.yLabel }],
    };
    return new uPlot(opts, [spec.x].concat(spec.series.map((s) => s.values)), container);
  }

  function bars(container, spec) {
    const x = spec.labels.map((_, i) => i);
    const bar = uPlot.paths && uPlot.paths.bars ? uPlot.paths.bars({ size: [0.6, 60] }) : undefined;
    const opts = {
      title: spec.title,
      width: width(container),
      height: spec.height || 220,
      scales: { x: { time: false, range: [-0.5, spec.labels.length - 0.5] } },
      series: [{}].concat(spec.series.map((s, i) => ({
        label: s.label, stroke: s.color || palette[i % palette.length], fill: (s.color || palette[i % palette.length]) + "99",
        paths: bar, points: { show: false },
      }))),
      axes: [{ values: (u, ticks) => ticks.map((t) => spec.labels[t] === undefined ? "" : spec.labels[t]) },
        { label: spec.yLabel }],
    };
    return new uPlot(opts, [x].concat(spec.series.map((s) => s.values)), container);
  }

  window.Charts = { lines: lines, bars: bars, palette: palette };
})();
