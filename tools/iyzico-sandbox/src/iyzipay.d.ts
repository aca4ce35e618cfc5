// iyzipay 2.0.69 ships no types: the part of its API the tests use.
declare module 'iyzipay' {
  namespace Iyzipay {
    interface Options {
      uri: string;
      apiKey: string;
      secretKey: string;
    }
    type Callback = (error: Error | null, result: Record<string, unknown>) => void;
    interface Resource {
      create(request: Record<string, unknown>, callback: Callback): void;
      update(request: Record<string, unknown>, callback: Callback): void;
      retrieve(request: Record<string, unknown>, callback: Callback): void;
    }
  }
  class Iyzipay {
    constructor(options: Iyzipay.Options);
    subMerchant: Iyzipay.Resource;
    apiTest: Pick<Iyzipay.Resource, 'retrieve'>;
  }
  export = Iyzipay;
}
