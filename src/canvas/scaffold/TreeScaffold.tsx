import { memo } from 'react';
import { Circle, Ellipse, Group, Line, Path, Rect } from 'react-konva';
import { GROUND_Y, WORLD } from '../../domain/treeLayout';

/**
 * The drawn tree every participant starts from: sky, crown, branches, trunk, ground, roots and the
 * compost heap at the side. Vector shapes in world units (see src/domain/treeLayout.ts for the zone
 * areas laid over it). Static: nothing here listens to events.
 */

const CROWN_BLOBS: readonly [number, number, number][] = [
  [600, 150, 150], [420, 170, 140], [780, 170, 140], [260, 250, 130], [940, 250, 130],
  [500, 105, 110], [700, 105, 110], [160, 300, 90], [1040, 300, 90], [600, 260, 170],
  [380, 290, 130], [820, 290, 130],
];

const BRANCHES: readonly number[][] = [
  [600, 480, 520, 410, 330, 350, 190, 320],
  [600, 480, 560, 380, 470, 290, 420, 220],
  [600, 480, 600, 360, 600, 250, 600, 150],
  [600, 480, 640, 380, 730, 290, 780, 220],
  [600, 480, 680, 410, 870, 350, 1010, 320],
  [470, 290, 380, 240, 300, 210],
  [730, 290, 820, 240, 900, 210],
];

const ROOTS: readonly number[][] = [
  [520, 700, 470, 790, 360, 870, 230, 950],
  [560, 700, 540, 820, 470, 920, 430, 975],
  [600, 700, 600, 840, 610, 960],
  [640, 700, 660, 820, 740, 920, 780, 975],
  [680, 700, 740, 790, 850, 870, 980, 950],
  [470, 790, 380, 800, 300, 830],
  [740, 790, 830, 800, 910, 830],
];

const TRUNK = 'M480 705 C500 640 515 560 520 470 L680 470 C685 560 700 640 720 705 Z';

/** The static tree drawing under every Tree of Life. */
export const TreeScaffold = memo(function TreeScaffold() {
  return (
    <Group listening={false}>
      <Rect x={0} y={0} width={WORLD.width} height={GROUND_Y} fill="#f2f7ec" listening={false} perfectDrawEnabled={false} />
      <Rect x={0} y={GROUND_Y} width={WORLD.width} height={WORLD.height - GROUND_Y} fill="#eddcc0" listening={false} perfectDrawEnabled={false} />
      {CROWN_BLOBS.map(([x, y, r], index) => (
        <Circle key={index} x={x} y={y} radius={r} fill="#d3eabf" listening={false} perfectDrawEnabled={false} />
      ))}
      {ROOTS.map((points, index) => (
        <Line key={index} points={points} tension={0.45} stroke="#8b5e3c" strokeWidth={index < 5 ? 16 : 9} lineCap="round" lineJoin="round" listening={false} perfectDrawEnabled={false} />
      ))}
      <Path data={TRUNK} fill="#93633f" stroke="#6f4a2e" strokeWidth={3} listening={false} perfectDrawEnabled={false} />
      <Line points={[560, 520, 556, 600, 566, 680]} tension={0.5} stroke="#6f4a2e" strokeWidth={3} opacity={0.6} listening={false} perfectDrawEnabled={false} />
      <Line points={[640, 500, 646, 590, 636, 670]} tension={0.5} stroke="#6f4a2e" strokeWidth={3} opacity={0.6} listening={false} perfectDrawEnabled={false} />
      {BRANCHES.map((points, index) => (
        <Line key={index} points={points} tension={0.4} stroke="#93633f" strokeWidth={index < 5 ? 20 : 11} lineCap="round" lineJoin="round" listening={false} perfectDrawEnabled={false} />
      ))}
      <Path
        data={`M0 ${GROUND_Y - 6} Q150 ${GROUND_Y - 16} 300 ${GROUND_Y - 6} T600 ${GROUND_Y - 6} T900 ${GROUND_Y - 6} T1200 ${GROUND_Y - 6} L1200 ${GROUND_Y + 10} L0 ${GROUND_Y + 10} Z`}
        fill="#8fc46c"
        listening={false}
        perfectDrawEnabled={false}
      />
      <CompostHeap />
    </Group>
  );
});

function CompostHeap() {
  return (
    <Group listening={false}>
      <Path data="M940 700 C950 640 1000 600 1050 598 C1100 600 1150 640 1160 700 Z" fill="#8a6a48" stroke="#5e4630" strokeWidth={3} listening={false} perfectDrawEnabled={false} />
      {[[990, 670], [1030, 640], [1080, 660], [1120, 685], [1010, 690], [1060, 620]].map(([x, y], index) => (
        <Ellipse key={index} x={x} y={y} radiusX={9} radiusY={5} fill="#5e4630" rotation={index * 30} listening={false} perfectDrawEnabled={false} />
      ))}
      <Line points={[1050, 598, 1046, 578, 1036, 570]} stroke="#4d8a3a" strokeWidth={4} lineCap="round" tension={0.4} listening={false} perfectDrawEnabled={false} />
      <Line points={[1050, 598, 1056, 576, 1068, 570]} stroke="#4d8a3a" strokeWidth={4} lineCap="round" tension={0.4} listening={false} perfectDrawEnabled={false} />
    </Group>
  );
}
