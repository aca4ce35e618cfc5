// iyzipay 2.0.69 ships no types: the part of its API the payments adapter uses.
declare module 'iyzipay' {
  namespace Iyzipay {
    interface Options {
      /** Base URL without a trailing slash, e.g. `https://api.iyzipay.com`. */
      uri: string;
      apiKey: string;
      secretKey: string;
    }
    /** `error` is set when no HTTP answer came; `result` is the parsed JSON body (a string when it was not JSON). */
    type Callback = (error: Error | null, result: unknown) => void;
    interface Resource {
      create(request: Record<string, unknown>, callback: Callback): void;
      update(request: Record<string, unknown>, callback: Callback): void;
      retrieve(request: Record<string, unknown>, callback: Callback): void;
    }
  }
  class Iyzipay {
    constructor(options: Iyzipay.Options);
    /** `/onboarding/submerchant` (create POST, update PUT) and `/onboarding/submerchant/detail` (retrieve). */
    subMerchant: Iyzipay.Resource;
    /** `GET /payment/test`. */
    apiTest: Pick<Iyzipay.Resource, 'retrieve'>;
  }
  export = Iyzipay;
}
