/* A stand-in for Windows 10's system icuuc.dll, for running Qt under Wine only.

   Qt6Core.dll (PySide6's Windows wheel) imports ICU's converter functions from the system
   icuuc.dll, which Windows 10+ has and Wine 8 lacks, so Qt would not load at all. Here
   ucnv_open always fails and ucnv_countAvailable says 0, so Qt uses its built-in codecs
   (UTF-8/16/32, Latin-1, the system code page), which is all the app needs.

   Built by packaging/wine/check.sh with x86_64-w64-mingw32-gcc into the Wine prefix's
   system32 folder. It never goes into the bundle: on Windows the real icuuc.dll is used. */
#include <stddef.h>

#define U_FILE_ACCESS_ERROR 4
#define EXPORT __declspec(dllexport)

EXPORT void *ucnv_open(const char *name, int *status)
{
    (void)name;
    if (status && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
    return NULL;
}

EXPORT int ucnv_countAvailable(void) { return 0; }
EXPORT const char *ucnv_getAvailableName(int n) { (void)n; return NULL; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, int *status)
{
    (void)name; (void)standard;
    if (status && *status <= 0)
        *status = U_FILE_ACCESS_ERROR;
    return NULL;
}

/* Never reached once ucnv_open fails; present so that Qt6Core.dll's imports resolve. */
EXPORT void ucnv_close(void *c) { (void)c; }
EXPORT void ucnv_reset(void *c) { (void)c; }
EXPORT int ucnv_getMaxCharSize(void *c) { (void)c; return 1; }
EXPORT const char *ucnv_getName(void *c, int *status) { (void)c; (void)status; return "none"; }
EXPORT void ucnv_getToUCallBack(void) {}
EXPORT void ucnv_getFromUCallBack(void) {}
EXPORT void ucnv_setToUCallBack(void) {}
EXPORT void ucnv_setFromUCallBack(void) {}
EXPORT void ucnv_cbToUWriteUChars(void) {}
EXPORT void ucnv_cbFromUWriteUChars(void) {}
EXPORT void ucnv_toUnicode(void) {}
EXPORT void ucnv_fromUnicode(void) {}
EXPORT int ucnv_toUCountPending(void) { return 0; }
EXPORT int ucnv_fromUCountPending(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(void) {}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(void) {}
