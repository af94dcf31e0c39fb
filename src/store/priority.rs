//! Threads that write files beside the window (recovery copies, autosaves) yield to it: on
//! a two-core office PC, an autosave and a recovery copy written at once would otherwise
//! leave the window one core to share, and a frame could wait out a whole time slice.

/// Lower the calling thread's priority below the window's.
pub fn below_the_window() {
    // On Linux the nice value belongs to each thread, and `who` 0 means the calling one.
    // Elsewhere the thread keeps its priority (not measured there).
    #[cfg(target_os = "linux")]
    // SAFETY: setpriority takes plain integers and touches no memory of ours.
    unsafe {
        libc::setpriority(libc::PRIO_PROCESS, 0, 10);
    }
}
