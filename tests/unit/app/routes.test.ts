import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from '../../../src/app/routes';

describe('routes', () => {
  const routes: Route[] = [
    { name: 'home' },
    { name: 'library' },
    { name: 'archive' },
    { name: 'settings' },
    { name: 'group', groupId: 'g1', tab: 'roster' },
    { name: 'group', groupId: 'g1', tab: 'sessions' },
    { name: 'group', groupId: 'g1', tab: 'trees' },
    { name: 'group', groupId: 'g1', tab: 'settings' },
    { name: 'session', groupId: 'g1', sessionId: 's1' },
    { name: 'run', groupId: 'g1', sessionId: 's1' },
    { name: 'record', groupId: 'g1', sessionId: 's1' },
    { name: 'export', groupId: 'g1', sessionId: 's1' },
    { name: 'tree', groupId: 'g1', participantId: 'p1' },
    { name: 'forest', groupId: 'g1' },
    { name: 'presenter', groupId: 'g1' },
    { name: 'participant', groupId: 'g1', participantId: 'p1' },
  ];

  it.each(routes)('round-trips $name', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it('defaults a group to its roster', () => {
    expect(parseRoute('#/groups/g1')).toEqual({ name: 'group', groupId: 'g1', tab: 'roster' });
  });

  it('refuses unknown paths', () => {
    for (const hash of ['#/nope', '#/groups/g1/unknown', '#/groups/g1/sessions/s1/nope', '#/present', '#/groups/g1/trees/p1/extra']) {
      expect(parseRoute(hash)).toEqual({ name: 'notFound' });
    }
  });

  it('encodes ids safely', () => {
    const route: Route = { name: 'tree', groupId: 'a/b', participantId: 'c d' };
    expect(routeHash(route)).toBe('#/groups/a%2Fb/trees/c%20d');
    expect(parseRoute(routeHash(route))).toEqual(route);
  });
});
