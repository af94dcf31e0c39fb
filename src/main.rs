// On Windows the program is built for the GUI subsystem: started from the Start menu or by
// double-click, no black console window opens beside the app. From cmd or PowerShell it
// attaches to the console it was typed in (`console::attach`), so the command line still
// prints there.
#![cfg_attr(all(windows, feature = "gui"), windows_subsystem = "windows")]

use std::process::ExitCode;

/// mimalloc instead of the C library's allocator: loading a thousand sessions allocates and
/// frees millions of small strings, and glibc's malloc and free were a third of the time.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    #[cfg(all(windows, feature = "gui"))]
    console::attach();
    match evaldesk::cli::run() {
        Ok(code) => code,
        Err(error) => {
            eprintln!("evaldesk: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// A GUI-subsystem program gets no console of its own: when the one that started it has a
/// console (cmd, PowerShell, a batch file), it attaches to it and points the standard
/// handles it was not given at it; handles already redirected (`> out.txt`, a pipe) stay.
/// Started from Explorer there is no parent console, and nothing changes.
#[cfg(all(windows, feature = "gui"))]
mod console {
    use core::ffi::c_void;

    type Handle = *mut c_void;
    const ATTACH_PARENT_PROCESS: u32 = u32::MAX;
    const STD_INPUT_HANDLE: u32 = -10i32 as u32;
    const STD_OUTPUT_HANDLE: u32 = -11i32 as u32;
    const STD_ERROR_HANDLE: u32 = -12i32 as u32;
    const GENERIC_READ: u32 = 0x8000_0000;
    const GENERIC_WRITE: u32 = 0x4000_0000;
    const FILE_SHARE_READ_WRITE: u32 = 0x1 | 0x2;
    const OPEN_EXISTING: u32 = 3;
    const INVALID_HANDLE_VALUE: Handle = -1isize as Handle;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        fn AttachConsole(process: u32) -> i32;
        fn GetStdHandle(which: u32) -> Handle;
        fn SetStdHandle(which: u32, handle: Handle) -> i32;
        fn CreateFileW(
            name: *const u16,
            access: u32,
            share: u32,
            security: *const c_void,
            disposition: u32,
            flags: u32,
            template: Handle,
        ) -> Handle;
    }

    fn unset(which: u32) -> bool {
        // SAFETY: GetStdHandle only reads the process's standard handle table.
        let handle = unsafe { GetStdHandle(which) };
        handle.is_null() || handle == INVALID_HANDLE_VALUE
    }

    /// The console's input (`CONIN$`) or output (`CONOUT$`) as the standard handle `which`.
    fn point_at_console(which: u32, device: &str) {
        let name: Vec<u16> = device.encode_utf16().chain([0]).collect();
        // SAFETY: `name` is a NUL-terminated UTF-16 string that outlives the call; the other
        // arguments are plain values and null pointers CreateFileW accepts.
        let handle = unsafe {
            CreateFileW(
                name.as_ptr(),
                GENERIC_READ | GENERIC_WRITE,
                FILE_SHARE_READ_WRITE,
                core::ptr::null(),
                OPEN_EXISTING,
                0,
                core::ptr::null_mut(),
            )
        };
        if handle != INVALID_HANDLE_VALUE {
            // SAFETY: a valid handle we own for the rest of the process.
            unsafe { SetStdHandle(which, handle) };
        }
    }

    pub fn attach() {
        let missing = [
            (STD_INPUT_HANDLE, "CONIN$", unset(STD_INPUT_HANDLE)),
            (STD_OUTPUT_HANDLE, "CONOUT$", unset(STD_OUTPUT_HANDLE)),
            (STD_ERROR_HANDLE, "CONOUT$", unset(STD_ERROR_HANDLE)),
        ];
        // SAFETY: AttachConsole takes a plain process id; it fails harmlessly when the
        // parent has no console (started from Explorer) or we already have one.
        if unsafe { AttachConsole(ATTACH_PARENT_PROCESS) } == 0 {
            return;
        }
        for (which, device, was_missing) in missing {
            if was_missing {
                point_at_console(which, device);
            }
        }
    }
}
