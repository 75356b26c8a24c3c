/* Wine 8.0 has no bcryptprimitives.dll; Rust's std (1.78+) takes its random
   bytes from ProcessPrng there. This stand-in, for the smoke tests' temporary
   Wine prefix only, answers from bcrypt's system RNG. Windows 10+ has the real one. */
#include <windows.h>
#include <bcrypt.h>

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG n = len > 0x10000000 ? 0x10000000 : (ULONG)len;
        if (BCryptGenRandom(NULL, data, n, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += n;
        len -= n;
    }
    return TRUE;
}
