import { screen, waitFor } from '@testing-library/react';
import type { NodeProps } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { sampleOpened } from '../../../test/helpers/renderEditor';
import { renderWithSurveys, sampleStats } from '../testing/renderWithSurveys';
import { formatFigure, targetStatus } from './figures';
import { MetricsCellNode } from './MetricsCellNode';
import type { MetricsCellFlowNode } from './metricsCellNodes';

const cellProps = (stageId: string) =>
  ({
    id: `metrics:x:${stageId}`,
    type: 'metricsCell',
    data: { stageId },
    selected: false,
  }) as NodeProps<MetricsCellFlowNode>;

describe('targetStatus', () => {
  it('calls a figure met at or above target, near within the margin below it, and missed beyond', () => {
    expect(targetStatus('nps', 30, 30)).toBe('met');
    expect(targetStatus('nps', 20, 30)).toBe('near');
    expect(targetStatus('nps', 19.9, 30)).toBe('missed');
    expect(targetStatus('csat', 75, 80)).toBe('near');
    expect(targetStatus('ces', 4.5, 5)).toBe('near');
    expect(targetStatus('ces', 4.4, 5)).toBe('missed');
    expect(targetStatus('custom', 91, 100)).toBe('near');
    expect(targetStatus('nps', null, 30)).toBe('none');
    expect(targetStatus('nps', 12, null)).toBe('none');
  });

  it('formats NPS as signed points, CSAT as percent and CES to two decimals', () => {
    expect(formatFigure('nps', 12.5)).toBe('+12.5');
    expect(formatFigure('enps', -69.2)).toBe('−69.2');
    expect(formatFigure('csat', 46.7)).toBe('46.7%');
    expect(formatFigure('ces', 3.9)).toBe('3.90');
    expect(formatFigure('nps', null)).toBe('–');
  });
});

describe('MetricsCellNode', () => {
  it('shows customer figures beside employee ones, each coloured and marked against its target', async () => {
    const opened = sampleOpened();
    const stats = sampleStats(opened.doc);
    const receive = stats.stages.find((s) => s.metrics.nps !== null)!;
    const { container } = renderWithSurveys(<MetricsCellNode {...cellProps(receive.id)} />, { stats, opened });
    await waitFor(() => expect(container.querySelector('[data-metric="nps"]')?.textContent).toContain('+35'));
    const row = (kind: string) => container.querySelector(`[data-metric="${kind}"]`)!;
    expect(row('nps').className).toContain('metric-figure--met');
    expect(row('nps').getAttribute('aria-label')).toContain('target met');
    expect(row('csat').className).toContain('metric-figure--near');
    expect(row('csat').textContent).toContain('≈');
    expect(row('ces').className).toContain('metric-figure--missed');
    expect(row('ces').textContent).toContain('✗');
    expect(row('enps').className).toContain('metric-figure--missed');
    expect(screen.getByRole('list', { name: 'Employee figures' }).textContent).toContain('eNPS');
  });

  it('marks a value typed in by hand as entered, with its n and period, in front of the survey figure', async () => {
    const opened = sampleOpened();
    const buy = opened.doc.metricValues[0]!.stageId!;
    const { container } = renderWithSurveys(<MetricsCellNode {...cellProps(buy)} />, {
      stats: sampleStats(opened.doc),
      opened,
    });
    await waitFor(() =>
      expect(container.querySelector('[data-metric="nps"]')?.getAttribute('aria-label')).toContain(
        'entered by hand, n 118, 2026-Q3',
      ),
    );
    expect(container.querySelector('[data-metric="nps"]')!.textContent).toContain('−12');
    expect(container.querySelector('[data-metric="nps"]')!.className).toContain('missed');
  });
});
