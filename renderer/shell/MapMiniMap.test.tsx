import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { renderEditor } from '../../test/helpers/renderEditor';
import { MapMiniMap, miniMapFit, miniMapWidth } from './MapMiniMap';

describe('MapMiniMap', () => {
  it('fits the whole map inside the minimap, centred, keeping its proportions', () => {
    expect(miniMapFit({ width: 2000, height: 500 }, 200, 150)).toEqual({ scale: 0.1, x: 0, y: 50 });
    expect(miniMapFit({ width: 400, height: 600 }, 200, 150)).toEqual({ scale: 0.25, x: 50, y: 0 });
  });

  it('shrinks on a small canvas and stays 200 px on a roomy one', () => {
    expect(miniMapWidth(1920, 1080)).toBe(200);
    expect(miniMapWidth(700, 400)).toBe(120);
  });

  it('draws the map into one bitmap, not one element per card', () => {
    renderEditor(
      <ReactFlowProvider>
        <MapMiniMap />
      </ReactFlowProvider>,
    );
    const map = screen.getByRole('img', { name: 'Overview of the whole map' });
    expect(map.querySelectorAll('canvas')).toHaveLength(1);
    expect(map.querySelectorAll('*')).toHaveLength(2);
  });
});
