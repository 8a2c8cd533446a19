import { memo } from 'react';
import { Group, Label, Line, Tag, Text } from 'react-konva';
import { ZONE_AREAS } from '../../domain/treeLayout';
import type { ZoneId } from '../../domain/types';
import { ZONES } from '../../domain/zones';

interface ZoneAreasProps {
  labels: Record<ZoneId, string>;
  highlight: ZoneId | null;
  done?: readonly ZoneId[];
  /** Hide the dashed outlines (exports and small forest trees keep only the labels, or nothing). */
  outlines?: boolean;
  showLabels?: boolean;
}

/**
 * The zone areas over the scaffold: a faint dashed outline per zone, the group's label for it, and a
 * strong highlight on the zone guided mode is working on. Done zones carry a check mark.
 */
export const ZoneAreas = memo(function ZoneAreas({ labels, highlight, done = [], outlines = true, showLabels = true }: ZoneAreasProps) {
  return (
    <Group listening={false}>
      {outlines &&
        ZONES.map((zone) => {
          const on = zone === highlight;
          return (
            <Line
              key={zone}
              points={ZONE_AREAS[zone].polygon.flatMap((point) => [point.x, point.y])}
              closed
              fill={on ? 'rgba(255, 214, 10, 0.22)' : 'rgba(255, 255, 255, 0.16)'}
              stroke={on ? '#1a5fb4' : 'rgba(47, 74, 55, 0.55)'}
              strokeWidth={on ? 5 : 2}
              dash={on ? undefined : [10, 8]}
              listening={false}
              perfectDrawEnabled={false}
            />
          );
        })}
      {showLabels &&
        ZONES.map((zone) => {
          const on = zone === highlight;
          const area = ZONE_AREAS[zone];
          return (
            <Label key={zone} x={area.label.x} y={area.label.y} listening={false}>
              <Tag fill={on ? '#1a5fb4' : 'rgba(255, 255, 255, 0.9)'} cornerRadius={6} stroke={on ? undefined : 'rgba(47, 74, 55, 0.35)'} listening={false} />
              <Text
                text={done.includes(zone) ? `${labels[zone]} ✓` : labels[zone]}
                fontSize={20}
                fontStyle="bold"
                fontFamily='system-ui, "DejaVu Sans", sans-serif'
                fill={on ? '#ffffff' : '#1f2a22'}
                padding={6}
                listening={false}
              />
            </Label>
          );
        })}
    </Group>
  );
});
