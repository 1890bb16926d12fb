import * as http from 'http';
import type { AddressInfo } from 'net';
import { CLIENT_TAG, createSp } from '../../src/data/sp';
import { WPQ_VERSION } from '../../src/version';

describe('the configured PnPjs root', () => {
  it("tags every request with WPQ's client tag, so an administrator can attribute the traffic", async () => {
    const seen: Array<string | undefined> = [];
    const server = http.createServer((req, res) => {
      seen.push(req.headers['x-clientservice-clienttag'] as string | undefined);
      res.writeHead(200, { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' });
      res.end(JSON.stringify({ Title: 'Meadowbank Care' }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const sp = createSp({ pageContext: { web: { absoluteUrl: `http://127.0.0.1:${port}/sites/wpq` } } });
      const web = await sp.web.select('Title')();
      expect(web.Title).toBe('Meadowbank Care');
      expect(seen).toEqual([`NONISV|WPQ|WPQ/${WPQ_VERSION}`]);
      expect(CLIENT_TAG).toBe(`NONISV|WPQ|WPQ/${WPQ_VERSION}`);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
