//! NetworkManager over the D-Bus system bus (zbus honours
//! `DBUS_SYSTEM_BUS_ADDRESS`, which the tests point at a private bus with
//! a fake NetworkManager). Reads the active connections and the user's
//! permission; deactivates one and activates it again. Every call is
//! bounded by the caller's timeout.

use crate::core::diagnose::act::{NmActive, NmFacts, Permission};
use std::collections::HashMap;
use zbus::proxy::{CacheProperties, MethodFlags};
use zbus::{Connection, OwnedObjectPath, OwnedVariant, Proxy};

const NM: &str = "org.freedesktop.NetworkManager";
const NM_PATH: &str = "/org/freedesktop/NetworkManager";
const ACTIVE: &str = "org.freedesktop.NetworkManager.Connection.Active";
const DEVICE: &str = "org.freedesktop.NetworkManager.Device";
const SETTINGS: &str = "org.freedesktop.NetworkManager.Settings";
const SETTINGS_PATH: &str = "/org/freedesktop/NetworkManager/Settings";
const SETTINGS_CONN: &str = "org.freedesktop.NetworkManager.Settings.Connection";
pub const NETWORK_CONTROL: &str = "org.freedesktop.NetworkManager.network-control";
/// Enough for any desktop; a bus that lists more is not read further.
const MAX_OBJECTS: usize = 64;

async fn proxy<'a>(conn: &Connection, path: &'a str, iface: &'a str) -> zbus::Result<Proxy<'a>> {
    zbus::proxy::Builder::new(conn)
        .destination(NM)
        .path(path)
        .interface(iface)
        .cache_properties(CacheProperties::No)
        .build()
        .await
}

async fn system() -> zbus::Result<Connection> {
    Connection::system().await
}

/// Is NetworkManager on the bus at all (without starting it).
async fn present(conn: &Connection) -> bool {
    let reply = conn
        .call_method(
            Some("org.freedesktop.DBus"),
            "/org/freedesktop/DBus",
            Some("org.freedesktop.DBus"),
            "NameHasOwner",
            &(NM,),
        )
        .await;
    reply
        .ok()
        .and_then(|r| r.body().deserialize::<bool>().ok())
        .unwrap_or(false)
}

/// `None`: no system bus or no NetworkManager on it.
pub async fn read() -> Option<NmFacts> {
    let conn = system()
        .await
        .map_err(|e| tracing::debug!("system bus: {e}"))
        .ok()?;
    if !present(&conn).await {
        return None;
    }
    let nm = proxy(&conn, NM_PATH, NM).await.ok()?;
    let permission = match nm
        .call::<_, _, HashMap<String, String>>("GetPermissions", &())
        .await
    {
        Ok(p) => p
            .get(NETWORK_CONTROL)
            .map_or(Permission::Unknown, |s| Permission::parse(s)),
        Err(e) => {
            tracing::debug!("NetworkManager GetPermissions: {e}");
            Permission::Unknown
        }
    };
    let paths: Vec<OwnedObjectPath> = nm
        .get_property("ActiveConnections")
        .await
        .unwrap_or_default();
    let mut active = Vec::new();
    for p in paths.iter().take(MAX_OBJECTS) {
        match one_active(&conn, p.as_str()).await {
            Ok(a) => active.push(a),
            Err(e) => tracing::debug!("active connection {}: {e}", p.as_str()),
        }
    }
    let connections = connection_ids(&conn).await.unwrap_or_default();
    Some(NmFacts {
        permission,
        active,
        connections,
    })
}

async fn one_active(conn: &Connection, path: &str) -> zbus::Result<NmActive> {
    let p = proxy(conn, path, ACTIVE).await?;
    let devices: Vec<OwnedObjectPath> = p.get_property("Devices").await.unwrap_or_default();
    let mut names = Vec::new();
    for d in devices.iter().take(MAX_OBJECTS) {
        let dev = proxy(conn, d.as_str(), DEVICE).await?;
        if let Ok(name) = dev.get_property::<String>("Interface").await {
            names.push(name);
        }
    }
    let settings: OwnedObjectPath = p.get_property("Connection").await?;
    Ok(NmActive {
        id: p.get_property("Id").await?,
        kind: p.get_property("Type").await.unwrap_or_default(),
        vpn: p.get_property("Vpn").await.unwrap_or(false),
        devices: names,
        path: path.to_string(),
        settings: settings.as_str().to_string(),
    })
}

/// The saved connections' ids (Proton's kill switch is one even before it
/// is active).
async fn connection_ids(conn: &Connection) -> zbus::Result<Vec<String>> {
    let s = proxy(conn, SETTINGS_PATH, SETTINGS).await?;
    let paths: Vec<OwnedObjectPath> = s.call("ListConnections", &()).await?;
    let mut ids = Vec::new();
    for p in paths.iter().take(MAX_OBJECTS) {
        let c = proxy(conn, p.as_str(), SETTINGS_CONN).await?;
        let settings: HashMap<String, HashMap<String, OwnedVariant>> =
            match c.call("GetSettings", &()).await {
                Ok(s) => s,
                Err(_) => continue,
            };
        let id = settings
            .get("connection")
            .and_then(|c| c.get("id"))
            .and_then(|v| String::try_from(v.try_clone().ok()?).ok());
        ids.extend(id);
    }
    Ok(ids)
}

/// How a call to NetworkManager ended.
#[derive(Debug)]
pub enum CallError {
    /// polkit refused (`...PermissionDenied`, `...NotAuthorized`).
    Refused,
    Other(String),
}

fn classify(e: zbus::Error) -> CallError {
    let text = e.to_string();
    if let zbus::Error::MethodError(name, _, _) = &e {
        let n = name.as_str();
        if n.ends_with("PermissionDenied")
            || n.ends_with("NotAuthorized")
            || n.contains("AccessDenied")
        {
            return CallError::Refused;
        }
    }
    CallError::Other(text)
}

/// `DeactivateConnection(active)`; polkit may ask the user for a password
/// (the call allows interactive authorisation), once.
pub async fn deactivate(active: &str) -> Result<(), CallError> {
    let conn = system()
        .await
        .map_err(|e| CallError::Other(e.to_string()))?;
    let nm = proxy(&conn, NM_PATH, NM).await.map_err(classify)?;
    let path = zbus::ObjectPath::try_from(active).map_err(|e| CallError::Other(e.to_string()))?;
    nm.call_with_flags::<_, _, ()>(
        "DeactivateConnection",
        MethodFlags::ALLOW_INTERACTIVE_AUTH,
        &(path,),
    )
    .await
    .map(|_| ())
    .map_err(classify)
}

/// `ActivateConnection(settings, "/", "/")`: the saved connection again.
pub async fn activate(settings: &str) -> Result<(), CallError> {
    let conn = system()
        .await
        .map_err(|e| CallError::Other(e.to_string()))?;
    let nm = proxy(&conn, NM_PATH, NM).await.map_err(classify)?;
    let path = zbus::ObjectPath::try_from(settings).map_err(|e| CallError::Other(e.to_string()))?;
    let root = zbus::ObjectPath::try_from("/").map_err(|e| CallError::Other(e.to_string()))?;
    nm.call_with_flags::<_, _, OwnedObjectPath>(
        "ActivateConnection",
        MethodFlags::ALLOW_INTERACTIVE_AUTH,
        &(path, root.clone(), root),
    )
    .await
    .map(|_| ())
    .map_err(classify)
}
