import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { Neo4jGraphDb, sessionOpener } from '../../api/src/db/neo4j.js';
import { leasedDriver, probeStatement } from '../support/neo4j-driver.js';
import { testEngine } from '../support/test-db.js';

/**
 * Every session the Neo4j adapter opens shares one bookmark manager (api/src/db/neo4j.ts,
 * sessionOpener), so a READ session, which a cluster routes to a follower, starts only once that
 * server has the process's own last write. One server cannot show a stale read; these tests show
 * the wiring: each commit's bookmark reaches the shared manager, and the reads go through it.
 */
const statement = probeStatement;
const addProbe = statement('probe/add', 'CREATE (p:BookmarkProbe {at: $at}) RETURN p.at AS at');
const countProbes = statement('probe/count', 'MATCH (p:BookmarkProbe) RETURN count(p) AS probes');

describe.skipIf(testEngine !== 'neo4j')('the Neo4j adapter shares one bookmark manager', () => {
  const driver = leasedDriver();

  it("holds each write's bookmark, and the reads after it see the write", async () => {
    const seen: string[][] = [];
    const manager = neo4j.bookmarkManager();
    // The manager as the driver uses it, with the bookmarks each session started from written down.
    const watched = {
      ...manager,
      getBookmarks: async () => {
        const bookmarks = [...(await manager.getBookmarks())];
        seen.push(bookmarks);
        return bookmarks;
      },
      updateBookmarks: (previous: Iterable<string>, next: Iterable<string>) => manager.updateBookmarks(previous, next),
    };
    const db = new Neo4jGraphDb(sessionOpener(driver(), 'neo4j', watched), statement('schema', ''));
    expect(await manager.getBookmarks()).toEqual([]);

    await db.write((tx) => tx.run(addProbe, { at: 1 }));
    const afterFirst = await manager.getBookmarks();
    expect(afterFirst).toHaveLength(1);
    await db.write((tx) => tx.run(addProbe, { at: 2 }));
    const afterSecond = await manager.getBookmarks();
    expect(afterSecond).toHaveLength(1);
    expect(afterSecond).not.toEqual(afterFirst);

    seen.length = 0;
    // Twice: the first run is a managed write, the second an auto-commit READ (see run()).
    for (let i = 0; i < 2; i++) expect(await db.run<{ probes: number }>(countProbes)).toEqual([{ probes: 2 }]);
    expect(await db.read((tx) => tx.run<{ probes: number }>(countProbes))).toEqual([{ probes: 2 }]);
    // Each of the three sessions began from the last write's bookmark.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    for (const bookmarks of seen) expect(bookmarks).toEqual(afterSecond);
    await db.write((tx) => tx.run(statement('probe/clear', 'MATCH (p:BookmarkProbe) DELETE p')));
    await db.close();
  });
});
