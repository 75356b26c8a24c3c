//! The current user's registry, through the registry API (never `reg.exe`,
//! whose use endpoint-protection tools flag): the few values blockwatch
//! reads (proxy settings, Task Manager's startup approval) and the few it
//! owns (its `Run` value, its toast application id).

use std::io;
use windows_sys::Win32::Foundation::{ERROR_FILE_NOT_FOUND, ERROR_SUCCESS};
use windows_sys::Win32::System::Registry::{
    RegDeleteKeyValueW, RegGetValueW, RegSetKeyValueW, HKEY_CURRENT_USER, REG_SZ,
    RRF_RT_REG_BINARY, RRF_RT_REG_DWORD, RRF_RT_REG_SZ,
};

fn wide(s: &str) -> Vec<u16> {
    s.encode_utf16().chain(Some(0)).collect()
}

/// One value's bytes under `HKCU\key`, of the kinds `flags` allow; `None`
/// when it is missing, of another type or unreadable.
fn get(key: &str, name: &str, flags: u32) -> Option<Vec<u8>> {
    let (key, name) = (wide(key), wide(name));
    let mut size: u32 = 0;
    // SAFETY: NUL-terminated UTF-16 strings; a null buffer asks for the size.
    let first = unsafe {
        RegGetValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            name.as_ptr(),
            flags,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            &mut size,
        )
    };
    if first != ERROR_SUCCESS {
        return None;
    }
    // The value can grow between the two calls: one retry with the new size.
    for _ in 0..2 {
        let mut buf = vec![0u8; size as usize];
        // SAFETY: the buffer holds `size` bytes, as the call is told.
        let result = unsafe {
            RegGetValueW(
                HKEY_CURRENT_USER,
                key.as_ptr(),
                name.as_ptr(),
                flags,
                std::ptr::null_mut(),
                buf.as_mut_ptr().cast(),
                &mut size,
            )
        };
        if result == ERROR_SUCCESS {
            buf.truncate(size as usize);
            return Some(buf);
        }
    }
    None
}

/// A `REG_SZ` value.
pub fn get_string(key: &str, name: &str) -> Option<String> {
    let bytes = get(key, name, RRF_RT_REG_SZ)?;
    let units: Vec<u16> = bytes
        .chunks_exact(2)
        .map(|c| u16::from_le_bytes([c[0], c[1]]))
        .take_while(|&u| u != 0)
        .collect();
    Some(String::from_utf16_lossy(&units))
}

/// A `REG_DWORD` value.
pub fn get_dword(key: &str, name: &str) -> Option<u32> {
    let bytes = get(key, name, RRF_RT_REG_DWORD)?;
    Some(u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?))
}

/// A `REG_BINARY` value.
pub fn get_binary(key: &str, name: &str) -> Option<Vec<u8>> {
    get(key, name, RRF_RT_REG_BINARY)
}

/// Write a `REG_SZ` value, creating the key if needed.
pub fn set_string(key: &str, name: &str, value: &str) -> io::Result<()> {
    let data: Vec<u8> = wide(value).iter().flat_map(|u| u.to_le_bytes()).collect();
    let (key, name) = (wide(key), wide(name));
    // SAFETY: NUL-terminated UTF-16 strings; the size is the data's, in bytes.
    let result = unsafe {
        RegSetKeyValueW(
            HKEY_CURRENT_USER,
            key.as_ptr(),
            name.as_ptr(),
            REG_SZ,
            data.as_ptr().cast(),
            data.len() as u32,
        )
    };
    match result {
        ERROR_SUCCESS => Ok(()),
        e => Err(io::Error::from_raw_os_error(e as i32)),
    }
}

/// Remove one value; one that is not there (or whose key is not) is fine.
pub fn delete_value(key: &str, name: &str) -> io::Result<()> {
    let (key, name) = (wide(key), wide(name));
    // SAFETY: NUL-terminated UTF-16 strings.
    let result = unsafe { RegDeleteKeyValueW(HKEY_CURRENT_USER, key.as_ptr(), name.as_ptr()) };
    match result {
        ERROR_SUCCESS | ERROR_FILE_NOT_FOUND => Ok(()),
        e => Err(io::Error::from_raw_os_error(e as i32)),
    }
}
