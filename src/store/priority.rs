//! Threads that write files beside the window (recovery copies, autosaves) yield to it. On a
//! two-core office PC an autosave and a recovery copy being written at once left the window
//! one core to share, and a frame could wait out a whole time slice (the scoring benchmark's
//! 99th percentile went from 2–2.5 ms to 4–6 ms once autosaves ran in it).

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
