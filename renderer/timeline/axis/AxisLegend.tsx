import { timelineAxisStrings as strings } from './timelineAxisStrings';

const COLOR = 'var(--muted)';

/** How the axis draws fuzzy dates, in words beside a small sample of each. */
export function AxisLegend() {
  return (
    <ul className="timeline-axis-legend" aria-label="Legend">
      <li>
        <svg width="12" height="12" aria-hidden="true">
          <circle cx="6" cy="6" r="4.5" fill={COLOR} />
        </svg>
        {strings.legendPoint}
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <rect x="1" y="2" width="20" height="8" fill={COLOR} />
        </svg>
        {strings.legendRange}
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <defs>
            <linearGradient id="axis-legend-soft">
              <stop offset="0" stopColor={COLOR} stopOpacity="0.15" />
              <stop offset="0.35" stopColor={COLOR} stopOpacity="0.7" />
              <stop offset="0.65" stopColor={COLOR} stopOpacity="0.7" />
              <stop offset="1" stopColor={COLOR} stopOpacity="0.15" />
            </linearGradient>
          </defs>
          <rect x="1" y="2" width="20" height="8" fill="url(#axis-legend-soft)" />
        </svg>
        {strings.legendApproximate}
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <defs>
            <pattern id="axis-legend-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="4" height="4" fill={COLOR} />
              <line x1="0" y1="0" x2="0" y2="4" stroke="var(--surface)" strokeWidth="1.2" />
            </pattern>
          </defs>
          <rect x="1" y="2" width="20" height="8" fill="url(#axis-legend-hatch)" />
        </svg>
        {strings.legendUncertain} ?
      </li>
      <li>
        <svg width="22" height="12" aria-hidden="true">
          <defs>
            <linearGradient id="axis-legend-open">
              <stop offset="0" stopColor={COLOR} stopOpacity="0.85" />
              <stop offset="1" stopColor={COLOR} stopOpacity="0" />
            </linearGradient>
          </defs>
          <rect x="1" y="2" width="20" height="8" fill="url(#axis-legend-open)" />
        </svg>
        {strings.legendOpen}
      </li>
      <li>
        <svg width="14" height="12" aria-hidden="true">
          <rect x="1" y="6" width="2" height="6" fill={COLOR} />
          <rect x="4" y="1" width="2" height="11" fill={COLOR} />
          <rect x="7" y="4" width="2" height="8" fill={COLOR} />
          <rect x="10" y="8" width="2" height="4" fill={COLOR} />
        </svg>
        {strings.legendDense}
      </li>
    </ul>
  );
}
