/* A stand-in for Windows 10's bcryptprimitives.dll, for running under Wine 8 only.

   Programs built with Rust 1.78 or newer (here grimp's _rustgrimp.pyd, which import-linter and so
   tests/test_layers.py need) take their random numbers from bcryptprimitives!ProcessPrng, which
   Wine 8 lacks ("DLL load failed ... Module not found"). This one asks bcrypt.dll, which Wine has.

   Built by packaging/wine/check.sh with x86_64-w64-mingw32-gcc into the Wine prefix's system32
   folder; never part of the app or its bundle. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
