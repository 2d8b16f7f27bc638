import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

// A real HTTP receiver on 127.0.0.1 for the webhook tests: it keeps every request it got and
// answers with the status the test sets (503 while "down", 410 when "gone").

export type Received = { headers: IncomingHttpHeaders; body: string; receivedAt: number };

export type WebhookReceiver = {
  url: string;
  port: number;
  received: Received[];
  /** Runs before each answer is sent (a test can act while a delivery is in flight). */
  beforeAnswer: (() => Promise<void>) | null;
  /** The status the next requests get (default 204). */
  answer: (status: number, body?: string) => void;
  close: () => Promise<void>;
};

export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const received: Received[] = [];
  let status = 204;
  let answerBody = "";
  // Set once the port is known; requests only arrive after that.
  let receiver: WebhookReceiver;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", async () => {
      received.push({
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
        receivedAt: performance.now(),
      });
      await receiver.beforeAnswer?.();
      response
        .writeHead(status, { "content-type": "text/plain" })
        .end(status === 204 ? undefined : answerBody);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  receiver = {
    beforeAnswer: null,
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    answer: (s, body = "") => {
      status = s;
      answerBody = body;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  return receiver;
}
