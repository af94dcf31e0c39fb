/* FOR TESTS UNDER WINE ONLY. Holds a file open the way Explorer's preview or an antivirus
 * scan does (reading, sharing read and write but not delete, so it cannot be renamed over)
 * for some milliseconds: hold-open.exe FILE MILLISECONDS READY-FILE. READY-FILE is created
 * once the file is held, so the test knows when to start the save. */
#include <windows.h>
#include <stdlib.h>

int wmain(int argc, wchar_t **argv) {
    if (argc != 4) return 2;
    HANDLE held = CreateFileW(argv[1], GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE, NULL,
                              OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
    if (held == INVALID_HANDLE_VALUE) return 1;
    HANDLE ready = CreateFileW(argv[3], GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);
    if (ready != INVALID_HANDLE_VALUE) CloseHandle(ready);
    Sleep((DWORD)_wtoi(argv[2]));
    CloseHandle(held);
    return 0;
}
