// libFuzzer's entry points for one target of fuzztargets.h, chosen at compile time (MCFUND_FUZZ_ENTRY).
#include "fuzztargets.h"

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    mcfund::fuzz::ensureApplication(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    return mcfund::fuzz::MCFUND_FUZZ_ENTRY(data, size);
}
