export {
  checkIyzicoSignature,
  type IyzicoCredentials,
  iyzicoAuthorization,
  iyzicoSignature,
} from './iyzico-auth.js';
export { type IyzicoError, iyzicoErrors, missingField } from './iyzico-errors.js';
export { type IyzicoSandbox, type IyzicoSandboxOptions, startIyzicoSandbox } from './sandbox-server.js';
export type {
  IyzicoResponse,
  LoggedRequest,
  StoredSubMerchant,
  SubMerchantField,
  SubMerchantType,
} from './sub-merchant.types.js';
export {
  isValidIban,
  validateCreateSubMerchant,
  validateUpdateSubMerchant,
} from './validate-sub-merchant.js';
