/**
 * The Discord reference for `npm run bench:webhook`: node:http verifying each interaction's Ed25519
 * signature (key imported once) and answering at once, with nothing else.
 */
import { createServer } from "node:http";

const raw = Uint8Array.from(Buffer.from(process.env.PUBLIC_KEY ?? "", "hex"));
const key = await crypto.subtle.importKey("raw", raw, { name: "Ed25519" }, false, ["verify"]);
const hexBytes = (hex: string) => Uint8Array.from(Buffer.from(hex, "hex"));

createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    const body = Buffer.concat(chunks);
    const timestamp = String(request.headers["x-signature-timestamp"] ?? "");
    const signature = hexBytes(String(request.headers["x-signature-ed25519"] ?? ""));
    const valid = await crypto.subtle.verify(
      "Ed25519",
      key,
      signature,
      Buffer.concat([Buffer.from(timestamp), body]),
    );
    if (!valid) {
      response.writeHead(401).end();
      return;
    }
    const type = (JSON.parse(body.toString()) as { type: number }).type;
    response.writeHead(200, { "content-type": "application/json" });
    response.end(JSON.stringify(type === 1 ? { type: 1 } : { type: 4, data: { content: "ok", flags: 64 } }));
  });
}).listen(Number(process.env.PORT), "127.0.0.1", () => process.stdout.write("ready\n"));
