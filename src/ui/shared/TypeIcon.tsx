// A small SVG of the node shape and colour, so the legend matches the canvas.
import { TYPE_APPEARANCE } from '../../render/style/palette';
import type { EntityType } from '../../schema/vocabulary';

const POLYGONS: Partial<Record<string, string>> = {
  diamond: '8,1 15,8 8,15 1,8',
  hexagon: '4,1 12,1 15,8 12,15 4,15 1,8',
  octagon: '5,1 11,1 15,5 15,11 11,15 5,15 1,11 1,5',
  pentagon: '8,1 15,6 12,15 4,15 1,6',
  heptagon: '8,1 14,4 15,10 11,15 5,15 1,10 2,4',
  triangle: '8,1 15,15 1,15',
  rhomboid: '4,3 15,3 12,13 1,13',
  'round-tag': '1,3 11,3 15,8 11,13 1,13',
};

export function TypeIcon({ type }: { type: EntityType }) {
  const appearance = TYPE_APPEARANCE[type];
  const polygon = POLYGONS[appearance.shape];
  return (
    <svg
      className={`type-icon type-icon-${type}`}
      width="16"
      height="16"
      viewBox="0 0 16 16"
      aria-hidden="true"
    >
      {polygon ? (
        <polygon points={polygon} />
      ) : appearance.shape === 'ellipse' ? (
        <circle cx="8" cy="8" r="7" />
      ) : (
        <rect x="1" y="2" width="14" height="12" rx={appearance.shape === 'rectangle' ? 0 : 4} />
      )}
    </svg>
  );
}
