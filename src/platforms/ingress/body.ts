/** Slack and Discord payloads are a few kilobytes; anything larger is refused before it is read whole. */
export const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The body, or null once it exceeds `limit` bytes. A declared length over the limit is refused at
 * once; a declared length within it bounds what the HTTP parser reads, so the body is read in one
 * go (on Node, straight from the socket, without a web stream); a body without one (chunked) is
 * streamed and cancelled as soon as it passes the limit. An oversized request costs no more memory
 * than the limit.
 */
export async function readBoundedBody(
  request: Request,
  limit: number = MAX_BODY_BYTES,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d{1,15}$/.test(declared)) {
    if (Number(declared) > limit) return null;
    const body = new Uint8Array(await request.arrayBuffer());
    return body.byteLength > limit ? null : body;
  }
  if (!request.body) return new Uint8Array(new ArrayBuffer(0));
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
