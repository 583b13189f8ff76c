// The floor: the least any explorer must do — parse the compiled JSON and draw every node and
// edge once on a canvas at its precomputed position. Wheel zooms and drag pans (redrawing
// everything), so pan/zoom frame times have a floor too.
import { nextFrame, fail, loadGraph, publish } from './shared';

async function main(): Promise<void> {
  publish({ phase: 'loading' });
  const graph = await loadGraph();
  const xy = new Float64Array(graph.nodes.length * 2);
  graph.nodes.forEach((node, i) => {
    xy[2 * i] = node.attributes.x;
    xy[2 * i + 1] = node.attributes.y;
  });
  // The file names edge ends by node position already.
  const { source, target } = graph.edges;
  const ends: number[] = [];
  for (let e = 0; e < source.length; e++) ends.push(source[e] ?? 0, target[e] ?? 0);

  const canvas = document.getElementById('graph') as HTMLCanvasElement;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  const ratio = window.devicePixelRatio || 1;
  const width = window.innerWidth;
  const height = window.innerHeight;
  canvas.width = width * ratio;
  canvas.height = height * ratio;

  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (let i = 0; i < graph.nodes.length; i++) {
    minX = Math.min(minX, xy[2 * i] as number);
    maxX = Math.max(maxX, xy[2 * i] as number);
    minY = Math.min(minY, xy[2 * i + 1] as number);
    maxY = Math.max(maxY, xy[2 * i + 1] as number);
  }
  const padding = 20;
  let zoom = Math.min(
    (width - 2 * padding) / (maxX - minX || 1),
    (height - 2 * padding) / (maxY - minY || 1),
  );
  let panX = padding - minX * zoom + (width - 2 * padding - (maxX - minX) * zoom) / 2;
  let panY = padding - minY * zoom + (height - 2 * padding - (maxY - minY) * zoom) / 2;

  const draw = (): void => {
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.clearRect(0, 0, width, height);
    context.lineWidth = 0.5;
    context.strokeStyle = 'rgba(120, 120, 120, 0.35)';
    context.beginPath();
    for (let k = 0; k < ends.length; k += 2) {
      const s = ends[k] as number;
      const t = ends[k + 1] as number;
      context.moveTo((xy[2 * s] as number) * zoom + panX, (xy[2 * s + 1] as number) * zoom + panY);
      context.lineTo((xy[2 * t] as number) * zoom + panX, (xy[2 * t + 1] as number) * zoom + panY);
    }
    context.stroke();
    context.fillStyle = '#4a6fa5';
    context.beginPath();
    for (let i = 0; i < graph.nodes.length; i++) {
      context.rect(
        (xy[2 * i] as number) * zoom + panX - 1.5,
        (xy[2 * i + 1] as number) * zoom + panY - 1.5,
        3,
        3,
      );
    }
    context.fill();
  };

  let queued = false;
  const redraw = (): void => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      draw();
    });
  };
  canvas.addEventListener(
    'wheel',
    (event) => {
      event.preventDefault();
      const factor = Math.pow(1.002, -event.deltaY);
      panX = event.clientX - (event.clientX - panX) * factor;
      panY = event.clientY - (event.clientY - panY) * factor;
      zoom *= factor;
      redraw();
    },
    { passive: false },
  );
  let dragging: { x: number; y: number } | null = null;
  canvas.addEventListener('pointerdown', (event) => {
    dragging = { x: event.clientX, y: event.clientY };
  });
  window.addEventListener('pointerup', () => {
    dragging = null;
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!dragging) return;
    panX += event.clientX - dragging.x;
    panY += event.clientY - dragging.y;
    dragging = { x: event.clientX, y: event.clientY };
    redraw();
  });

  draw();
  await nextFrame();
  performance.mark('bench:first-render');
  performance.mark('bench:interactive');
  publish({ phase: 'drawn', nodes: graph.nodes.length, edges: ends.length / 2 });
}

main().catch(fail);
