/* FOR TESTS UNDER WINE ONLY, NEVER SHIPPED. Rust's standard library (since 1.78) imports
 * ProcessPrng from bcryptprimitives.dll, which every Windows 10/11 has and Wine 8 lacks, so
 * the .exe would not start under Wine. This stand-in forwards it to advapi32's
 * SystemFunction036 (RtlGenRandom); .ci/wine/setup.sh copies it into the test prefix. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
    while (length > 0) {
        ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk)) return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
