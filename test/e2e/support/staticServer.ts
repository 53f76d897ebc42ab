import { readFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

const TYPES: Record<string, string> = {
  ".css": "text/css; charset=utf-8",
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/** A static server on 127.0.0.1, and how to stop it. */
export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves a directory over plain HTTP on 127.0.0.1 and a free port, GET only, no listing. Plain
 * HTTP is enough for the standalone page: Office, which requires HTTPS, is not involved.
 *
 * @param root - the directory
 * @returns the server's origin and its stop
 * @example
 * const server = await serveDirectory("dist"); // server.origin: "http://127.0.0.1:41234"
 */
export async function serveDirectory(root: string): Promise<StaticServer> {
  const base = path.resolve(root);
  const server = http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = path.join(base, decodeURIComponent(pathname));
    if (request.method !== "GET" || !file.startsWith(base + path.sep)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[path.extname(file)] ?? "application/octet-stream";
        response.writeHead(200, { "Content-Type": type }).end(body);
      },
      () => response.writeHead(404).end()
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
