export const jsonResponse = (status: number, body: Record<string, unknown>): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
  });

/** A signed request that is not a payload we handle: 400, and nothing written. */
export const malformed = (message: string, error = "malformed_payload"): Response =>
  jsonResponse(400, { error, message });
