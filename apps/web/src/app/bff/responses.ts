/** Small answers shared by the BFF route handlers. */

/** 303 with a relative Location, so the browser stays on the host it used (127.0.0.1 vs localhost, proxies). */
export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store' } });
}

/** A cross-site request, or one without the double-submit token. */
export function refusedResponse(): Response {
  return new Response(
    'Güvenlik doğrulaması başarısız oldu: bu istek TARODAN sayfasından gelmedi. Sayfayı yenileyip tekrar dene.\n' +
      'Security check failed: this request did not come from a TARODAN page. Reload the page and try again.\n',
    { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } },
  );
}

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}
