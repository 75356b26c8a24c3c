//! The tray's icons, one per state, embedded (sources in icons/*.svg).

use blockwatch::core::monitor::Light;

fn png(light: Light) -> &'static [u8] {
    match light {
        Light::Reachable => include_bytes!("../../../icons/png/reachable-64.png"),
        Light::Checking => include_bytes!("../../../icons/png/checking-64.png"),
        Light::Blocked => include_bytes!("../../../icons/png/blocked-64.png"),
        Light::Degraded => include_bytes!("../../../icons/png/degraded-64.png"),
        Light::Offline => include_bytes!("../../../icons/png/offline-64.png"),
        Light::Paused => include_bytes!("../../../icons/png/paused-64.png"),
    }
}

pub fn icon(light: Light) -> tray_icon::Icon {
    let decode = || -> Option<tray_icon::Icon> {
        let mut decoder = png::Decoder::new(std::io::Cursor::new(png(light)));
        decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
        let mut reader = decoder.read_info().ok()?;
        let mut buf = vec![0; reader.output_buffer_size()?];
        let info = reader.next_frame(&mut buf).ok()?;
        buf.truncate(info.buffer_size());
        tray_icon::Icon::from_rgba(buf, info.width, info.height).ok()
    };
    // The icons are ours and checked by a test; a plain square if not.
    decode().unwrap_or_else(|| {
        tray_icon::Icon::from_rgba(vec![128; 16 * 16 * 4], 16, 16).expect("16x16 RGBA")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_icon_decodes() {
        for light in [
            Light::Reachable,
            Light::Checking,
            Light::Blocked,
            Light::Degraded,
            Light::Offline,
            Light::Paused,
        ] {
            let mut decoder = png::Decoder::new(std::io::Cursor::new(png(light)));
            decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::ALPHA);
            let reader = decoder.read_info().unwrap();
            assert_eq!(reader.info().width, 64, "{light:?}");
        }
    }
}
