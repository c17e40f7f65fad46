import type { Timeline, TimelinePoint } from './timeline';

const width = 640;
const height = 220;
const margin = { top: 12, right: 12, bottom: 30, left: 44 };
const plotW = width - margin.left - margin.right;
const plotH = height - margin.top - margin.bottom;
const dateFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const percent = (p: number) => `${Math.round(p * 100)}%`;

function summary(t: Timeline): string {
  const filled = t.points.filter((p) => p.accuracy !== null);
  const unit = t.granularity === 'day' ? 'day' : 'week';
  const first = filled[0];
  const last = filled.at(-1);
  if (!first || !last) return 'No answers yet.';
  if (first === last)
    return `Accuracy ${percent(first.accuracy ?? 0)} on ${first.answered} answers.`;
  return `Accuracy by ${unit}: ${percent(first.accuracy ?? 0)} in the first ${unit} shown (${dateFormat.format(first.start)}), ${percent(last.accuracy ?? 0)} in the latest (${dateFormat.format(last.start)}).`;
}

/** Accuracy over time as an SVG chart, described in words and given as a table too. */
export function AccuracyChart({ timeline }: { timeline: Timeline }) {
  const { points, granularity } = timeline;
  const n = points.length;
  const x = (i: number) => margin.left + (n <= 1 ? plotW / 2 : (i * plotW) / (n - 1));
  const y = (p: number) => margin.top + plotH * (1 - p);
  const maxAnswered = Math.max(1, ...points.map((p) => p.answered));
  const barW = Math.max(2, Math.min(24, (plotW / Math.max(1, n)) * 0.6));
  const line = points
    .map((p, i) => (p.accuracy === null ? null : `${x(i).toFixed(1)},${y(p.accuracy).toFixed(1)}`))
    .filter((s): s is string => s !== null)
    .join(' ');
  const labelEvery = Math.max(1, Math.ceil(n / 6));
  const unit = granularity === 'day' ? 'Day' : 'Week of';
  return (
    <figure className="accuracy-chart">
      <figcaption id="accuracy-summary">{summary(timeline)}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby="accuracy-summary"
        preserveAspectRatio="xMidYMid meet"
      >
        {[0, 0.25, 0.5, 0.75, 1].map((g) => (
          <g key={g}>
            <line
              className="chart-grid"
              x1={margin.left}
              x2={width - margin.right}
              y1={y(g)}
              y2={y(g)}
            />
            <text className="chart-label" x={margin.left - 6} y={y(g) + 4} textAnchor="end">
              {percent(g)}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <rect
            key={`bar-${p.start}`}
            className="chart-bar"
            x={x(i) - barW / 2}
            width={barW}
            y={margin.top + plotH * (1 - p.answered / maxAnswered)}
            height={(plotH * p.answered) / maxAnswered}
          />
        ))}
        {line && <polyline className="chart-line" points={line} fill="none" />}
        {points.map((p, i) =>
          p.accuracy === null ? null : (
            <circle
              key={`pt-${p.start}`}
              className="chart-point"
              cx={x(i)}
              cy={y(p.accuracy)}
              r={4}
            />
          ),
        )}
        {points.map((p: TimelinePoint, i) =>
          i % labelEvery === 0 || i === n - 1 ? (
            <text
              key={`x-${p.start}`}
              className="chart-label"
              x={x(i)}
              y={height - 8}
              textAnchor="middle"
            >
              {dateFormat.format(p.start)}
            </text>
          ) : null,
        )}
      </svg>
      <p className="chart-legend" aria-hidden="true">
        <span className="legend-line">●— accuracy</span>
        <span className="legend-bar">▮ answers given</span>
      </p>
      <details>
        <summary>Show the numbers as a table</summary>
        <table className="data-table">
          <caption className="visually-hidden">Accuracy by {granularity}</caption>
          <thead>
            <tr>
              <th scope="col">{unit}</th>
              <th scope="col">Answered</th>
              <th scope="col">Correct</th>
              <th scope="col">Accuracy</th>
            </tr>
          </thead>
          <tbody>
            {points.map((p) => (
              <tr key={p.start}>
                <th scope="row">{p.label}</th>
                <td>{p.answered}</td>
                <td>{p.correct}</td>
                <td>{p.accuracy === null ? '—' : percent(p.accuracy)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
