#include "OpenSsl.h"

namespace mid::ossl {

Pkey publicKeyFromParams(const char *type, OSSL_PARAM_BLD *builder)
{
    const Params params(OSSL_PARAM_BLD_to_param(builder));
    const PkeyCtx ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return failed(Pkey());
    return Pkey(key);
}

bool publicKeyPassesCheck(EVP_PKEY *key)
{
    const PkeyCtx ctx(EVP_PKEY_CTX_new_from_pkey(nullptr, key, nullptr));
    return ctx && EVP_PKEY_public_check(ctx.get()) == 1 ? true : failed(false);
}

} // namespace mid::ossl
