import { describe, expect, it } from 'vitest';
import { STARTUP_MARKS, STARTUP_STAGES, startupStages } from './startupStages';

const marks = {
  'explorer:download-start': 80,
  'explorer:app-loaded': 300,
  'explorer:downloaded': 650,
  'explorer:parsed': 850,
  'explorer:model': 1000,
  'explorer:canvas': 1200,
  'explorer:first-render': 1240,
  'explorer:scene-applied': 1520,
  'explorer:cytoscape-drawn': 1800,
};

describe('startupStages', () => {
  it('times each step from the marks, parsing from whichever of download and code came last', () => {
    expect(startupStages(marks)).toEqual({
      "app's code: fetch, compile, evaluate": 300,
      'download starts': 80,
      download: 570,
      'parse and validate (once both have arrived)': 200,
      tables: 150,
      'React: the panels, to the canvas': 200,
      'first frame, drawn without cytoscape': 40,
      'cytoscape: its code, create, apply the scene, fit': 280,
      'cytoscape: its first frame, which replaces the first one': 280,
    });
    // The code arriving after the download: parsing starts when the code has arrived.
    const slowCode = startupStages({ ...marks, 'explorer:app-loaded': 700 });
    expect(slowCode['parse and validate (once both have arrived)']).toBe(150);
  });

  it('leaves out a stage whose marks are missing, and keeps the rest', () => {
    const withoutCanvas: Record<string, number> = { ...marks };
    delete withoutCanvas['explorer:canvas'];
    const stages = startupStages(withoutCanvas);
    expect(Object.keys(stages)).not.toContain('React: the panels, to the canvas');
    expect(Object.keys(stages)).not.toContain('first frame, drawn without cytoscape');
    expect(stages['cytoscape: its first frame, which replaces the first one']).toBe(280);
    expect(startupStages({})).toEqual({});
  });

  it('reads exactly the marks the app sets, and times every step from them', () => {
    // The app's marks (e2e/loading.spec.ts checks that the page sets STARTUP_MARKS, in order).
    expect([...STARTUP_MARKS].sort()).toEqual(Object.keys(marks).sort());
    expect(Object.keys(startupStages(marks))).toEqual(STARTUP_STAGES.map((stage) => stage.name));
  });
});
