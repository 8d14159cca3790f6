//! Which adapter to ask for, and how to name it (or its absence) in words.

use super::GpuUnavailable;

/// In the browser, WebGPU only; natively, Vulkan only (lavapipe on machines without a GPU).
#[cfg(target_arch = "wasm32")]
pub const BACKENDS: wgpu::Backends = wgpu::Backends::BROWSER_WEBGPU;
#[cfg(not(target_arch = "wasm32"))]
pub const BACKENDS: wgpu::Backends = wgpu::Backends::VULKAN;

/// Fails early, with a precise reason, where the platform has no GPU API at all.
#[cfg(target_arch = "wasm32")]
pub fn check_platform() -> Result<(), GpuUnavailable> {
    // wgpu would only report "no adapter"; a browser without `navigator.gpu` deserves its own reason.
    match navigator_gpu() {
        Some(_) => Ok(()),
        None => Err(GpuUnavailable::new("this browser has no WebGPU")),
    }
}

/// Fails early, with a precise reason, where the platform has no GPU API at all.
#[cfg(not(target_arch = "wasm32"))]
pub fn check_platform() -> Result<(), GpuUnavailable> {
    Ok(())
}

/// Why `request_adapter` found nothing, in words for the status line.
///
/// wgpu's own message lists every backend it did not try; only one was asked for.
pub fn no_adapter_reason() -> &'static str {
    if cfg!(target_arch = "wasm32") {
        "this browser has no WebGPU adapter"
    } else {
        "no Vulkan adapter found"
    }
}

/// A name for the status line, never empty.
///
/// Browsers often hide the adapter's description (SwiftShader gives an empty one), so
/// this falls back to the vendor and architecture the browser does report, then to
/// the kind of adapter.
pub async fn display_name(info: &wgpu::AdapterInfo) -> String {
    let name = info.name.trim();
    if !name.is_empty() {
        return name.to_string();
    }
    #[cfg(target_arch = "wasm32")]
    if let Some(name) = browser_adapter_words().await {
        return name;
    }
    let driver = [info.driver.trim(), info.driver_info.trim()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    if !driver.is_empty() {
        return driver;
    }
    if info.vendor != 0 || info.device != 0 {
        return format!("vendor {:#06x} device {:#06x}", info.vendor, info.device);
    }
    match info.device_type {
        wgpu::DeviceType::Cpu => "software adapter".to_string(),
        wgpu::DeviceType::IntegratedGpu => "integrated GPU".to_string(),
        wgpu::DeviceType::DiscreteGpu => "discrete GPU".to_string(),
        _ => "unnamed adapter".to_string(),
    }
}

#[cfg(target_arch = "wasm32")]
fn navigator_gpu() -> Option<wasm_bindgen::JsValue> {
    let navigator = js_sys::Reflect::get(&js_sys::global(), &"navigator".into()).ok()?;
    let gpu = js_sys::Reflect::get(&navigator, &"gpu".into()).ok()?;
    (!gpu.is_undefined() && !gpu.is_null()).then_some(gpu)
}

/// The vendor and architecture from `GPUAdapter.info`, e.g. "google swiftshader".
///
/// wgpu copies only `description` into its `AdapterInfo`; the other fields need the
/// adapter itself, so this asks for it again (cheap: the browser already has it).
#[cfg(target_arch = "wasm32")]
async fn browser_adapter_words() -> Option<String> {
    use js_sys::{Function, Promise, Reflect};
    use wasm_bindgen::JsCast;

    let gpu = navigator_gpu()?;
    let request: Function = Reflect::get(&gpu, &"requestAdapter".into())
        .ok()?
        .dyn_into()
        .ok()?;
    let promise: Promise = request.call0(&gpu).ok()?.dyn_into().ok()?;
    let adapter = wasm_bindgen_futures::JsFuture::from(promise).await.ok()?;
    if adapter.is_null() || adapter.is_undefined() {
        return None;
    }
    let info = Reflect::get(&adapter, &"info".into()).ok()?;
    let words: Vec<String> = ["vendor", "architecture", "device", "description"]
        .iter()
        .filter_map(|key| Reflect::get(&info, &(*key).into()).ok()?.as_string())
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}
