//! Threads that write files beside the window (recovery copies, autosaves) yield to it: on
//! a two-core office PC, an autosave and a recovery copy written at once would otherwise
//! leave the window one core to share, and a frame could wait out a whole time slice.

/// Lower the calling thread's priority below the window's.
pub fn below_the_window() {
    // On Linux the nice value belongs to each thread, and `who` 0 means the calling one.
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority takes plain integers and touches no memory of ours.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
    // Windows schedules by priority: a thread below normal runs when the window's thread
    // (normal) waits, as a niced thread does on Linux. "Below normal", not "lowest", so that
    // the writes still finish soon on a PC kept busy by other programs at normal priority.
    #[cfg(windows)]
    // SAFETY: GetCurrentThread returns a pseudo-handle that needs no closing, and
    // SetThreadPriority takes it and an integer; no memory of ours is touched.
    unsafe {
        windows::SetThreadPriority(windows::GetCurrentThread(), windows::BELOW_NORMAL);
    }
    // Elsewhere (macOS) the thread keeps its priority: not measured there.
}

/// The priority of the calling thread as the system reports it (Windows), for the tests.
#[cfg(windows)]
pub fn current() -> i32 {
    // SAFETY: as above; GetThreadPriority only reads.
    unsafe { windows::GetThreadPriority(windows::GetCurrentThread()) }
}

/// kernel32's thread priority calls (declared here: two functions do not warrant a crate).
#[cfg(windows)]
mod windows {
    pub type Handle = *mut core::ffi::c_void;
    /// THREAD_PRIORITY_BELOW_NORMAL.
    pub const BELOW_NORMAL: i32 = -1;

    #[link(name = "kernel32")]
    unsafe extern "system" {
        pub fn GetCurrentThread() -> Handle;
        pub fn SetThreadPriority(thread: Handle, priority: i32) -> i32;
        pub fn GetThreadPriority(thread: Handle) -> i32;
    }
}

#[cfg(all(test, windows))]
mod tests {
    #[test]
    fn a_writer_thread_runs_below_the_window() {
        let seen = std::thread::spawn(|| {
            super::below_the_window();
            super::current()
        })
        .join()
        .unwrap();
        assert_eq!(seen, super::windows::BELOW_NORMAL);
        // The thread that called nothing keeps normal priority.
        assert_eq!(super::current(), 0);
    }
}
