//! Keeping an idle daemon small. A Rust binary is one 6 MB file, and the
//! kernel maps its code in large chunks as it runs; start-up and the first
//! checks touch parsers, TLS and D-Bus code that an idle daemon does not
//! need. After a burst of work, blockwatch tells the kernel those pages of
//! its own executable can be reclaimed (`MADV_PAGEOUT`: clean file pages,
//! re-read from the page cache if ever needed again) and returns freed heap
//! to the system, so that its footprint between checks is its working set.

/// Linux with glibc: page out our own code, trim the heap. Advice only.
#[cfg(target_os = "linux")]
pub fn trim() {
    const MADV_PAGEOUT: libc::c_int = 21;
    let (Ok(exe), Ok(maps)) = (
        std::fs::read_link("/proc/self/exe"),
        std::fs::read_to_string("/proc/self/maps"),
    ) else {
        return;
    };
    for line in maps.lines() {
        let mut parts = line.split_whitespace();
        let (Some(range), Some(perms)) = (parts.next(), parts.next()) else {
            continue;
        };
        let path = parts.nth(3).unwrap_or("");
        // Read-only and executable pages of our own file; never data.
        if std::path::Path::new(path) != exe || perms.contains('w') {
            continue;
        }
        let Some((a, b)) = range.split_once('-') else {
            continue;
        };
        let (Ok(start), Ok(end)) = (usize::from_str_radix(a, 16), usize::from_str_radix(b, 16))
        else {
            continue;
        };
        // SAFETY: advice on a mapping of our own, clean and file-backed.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, MADV_PAGEOUT);
        }
    }
    #[cfg(target_env = "gnu")]
    // SAFETY: glibc's own heap trimming, no pointers involved.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(target_os = "linux"))]
pub fn trim() {}
