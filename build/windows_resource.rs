//! The Windows executable's resources: the icon Explorer and the Start menu show, the
//! version information of its Properties (and the name Task Manager lists), and a manifest
//! (run as the user, never asking for administrator rights; modern common controls; long
//! paths). Written as a .rc file, compiled by MinGW's windres and linked into the binary.
//! Only when building for Windows with the GNU toolchain; a native MSVC build goes without.

use std::path::Path;
use std::process::Command;

const ICON: &str = "assets/icon/evaldesk.ico";

/// Compile and link the resources when the target is Windows (GNU). `description` is the
/// Vietnamese catalog's `windows-file-description`: what Task Manager and Properties show.
pub fn link(out_dir: &Path, description: &str) {
    println!("cargo::rerun-if-changed={ICON}");
    println!("cargo::rerun-if-env-changed=WINDRES");
    let target_os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if target_os != "windows" || target_env != "gnu" {
        return;
    }
    let rc = out_dir.join("evaldesk.rc");
    let manifest = out_dir.join("evaldesk.manifest");
    let object = out_dir.join("evaldesk-resource.o");
    let icon = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join(ICON);
    std::fs::write(&manifest, MANIFEST).expect("OUT_DIR is writable");
    std::fs::write(&rc, rc_text(&icon, &manifest, description)).expect("OUT_DIR is writable");
    let windres = std::env::var("WINDRES").unwrap_or_else(|_| windres_for_target());
    let status = Command::new(&windres)
        .args([
            "--input-format=rc",
            "--output-format=coff",
            "-c",
            "65001",
            "-i",
        ])
        .arg(&rc)
        .arg("-o")
        .arg(&object)
        .status();
    match status {
        Ok(s) if s.success() => {
            // An object file given to the linker is always linked whole, resources included.
            println!("cargo::rustc-link-arg-bins={}", object.display());
        }
        // The program works without its icon and version: say so, do not fail the build.
        Ok(s) => println!("cargo::warning={windres} failed ({s}): the .exe has no icon"),
        Err(e) => println!("cargo::warning=no {windres} ({e}): the .exe has no icon"),
    }
}

/// MinGW's windres for the target being built, e.g. `x86_64-w64-mingw32-windres`.
fn windres_for_target() -> String {
    match std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() {
        Ok("x86") => "i686-w64-mingw32-windres".into(),
        Ok("aarch64") => "aarch64-w64-mingw32-windres".into(),
        _ => "x86_64-w64-mingw32-windres".into(),
    }
}

/// A string inside an .rc file: backslashes and quotes doubled as rc expects.
fn rc_string(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\"\"")
}

fn rc_text(icon: &Path, manifest: &Path, description: &str) -> String {
    let version = std::env::var("CARGO_PKG_VERSION").expect("cargo sets it");
    let number = |v: &str| {
        std::env::var(v)
            .ok()
            .and_then(|n| n.parse::<u16>().ok())
            .unwrap_or(0)
    };
    let (major, minor, patch) = (
        number("CARGO_PKG_VERSION_MAJOR"),
        number("CARGO_PKG_VERSION_MINOR"),
        number("CARGO_PKG_VERSION_PATCH"),
    );
    let icon = rc_string(&icon.display().to_string());
    let manifest = rc_string(&manifest.display().to_string());
    let description = rc_string(description);
    // Language 0x042A (Vietnamese), code page 1200 (UTF-16): the strings are Vietnamese.
    format!(
        r#"#pragma code_page(65001)
1 ICON "{icon}"
1 24 "{manifest}"
1 VERSIONINFO
FILEVERSION {major},{minor},{patch},0
PRODUCTVERSION {major},{minor},{patch},0
FILEOS 0x40004
FILETYPE 0x1
BEGIN
  BLOCK "StringFileInfo"
  BEGIN
    BLOCK "042A04B0"
    BEGIN
      VALUE "FileDescription", "{description}"
      VALUE "FileVersion", "{version}"
      VALUE "ProductName", "EvalDesk"
      VALUE "ProductVersion", "{version}"
      VALUE "InternalName", "evaldesk"
      VALUE "OriginalFilename", "evaldesk.exe"
      VALUE "LegalCopyright", "MIT OR Apache-2.0"
    END
  END
  BLOCK "VarFileInfo"
  BEGIN
    VALUE "Translation", 0x042A, 1200
  END
END
"#
    )
}

/// asInvoker: the program never asks for administrator rights (and Windows' installer
/// detection never guesses that it needs them); common controls 6 for the system's
/// dialogs; per-monitor DPI awareness is set by winit at run time.
const MANIFEST: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<assembly xmlns="urn:schemas-microsoft-com:asm.v1" manifestVersion="1.0">
  <assemblyIdentity type="win32" name="EvalDesk" version="1.0.0.0"/>
  <trustInfo xmlns="urn:schemas-microsoft-com:asm.v3">
    <security><requestedPrivileges>
      <requestedExecutionLevel level="asInvoker" uiAccess="false"/>
    </requestedPrivileges></security>
  </trustInfo>
  <compatibility xmlns="urn:schemas-microsoft-com:compatibility.v1">
    <application><supportedOS Id="{8e0f7a12-bfb3-4fe8-b9a5-48fd50a15a9a}"/></application>
  </compatibility>
  <application xmlns="urn:schemas-microsoft-com:asm.v3">
    <windowsSettings>
      <longPathAware xmlns="http://schemas.microsoft.com/SMI/2016/WindowsSettings">true</longPathAware>
    </windowsSettings>
  </application>
  <dependency><dependentAssembly>
    <assemblyIdentity type="win32" name="Microsoft.Windows.Common-Controls" version="6.0.0.0"
      processorArchitecture="*" publicKeyToken="6595b64144ccf1df" language="*"/>
  </dependentAssembly></dependency>
</assembly>
"#;
