package org.mutual.browser;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;

/** Chromium's device emulation: a phone's or tablet's screen, and the system's light or dark preference. */
final class Devices {

    private Devices() {
    }

    /** Shows pages as a device with this CSS viewport would; {@code mobile} also honours the viewport meta tag. */
    static void emulate(ChromeDriver driver, int width, int height, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", mobile));
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", mobile));
    }

    static void reset(ChromeDriver driver) {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
    }

    /** Makes {@code prefers-color-scheme} answer dark (or light), as an operating system set to it would. */
    static void preferDark(ChromeDriver driver, boolean dark) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
    }

    /** How many CSS pixels the page is wider than the window: 0 when nothing scrolls sideways. */
    static long horizontalOverflow(ChromeDriver driver) {
        Number overflow = (Number) driver.executeScript(
                "return Math.max(0, document.scrollingElement.scrollWidth - window.innerWidth);");
        return overflow.longValue();
    }

    /**
     * Whether the control lies within the window's width and, scrolled into view, is what a tap at its
     * centre would hit (nothing covers it).
     */
    static boolean isTappable(ChromeDriver driver, String cssSelector) {
        return Boolean.TRUE.equals(driver.executeScript("""
                const el = document.querySelector(arguments[0]);
                if (!el) { return false; }
                el.scrollIntoView({block: 'center'});
                const r = el.getBoundingClientRect();
                if (r.width === 0 || r.height === 0 || r.left < 0 || r.right > window.innerWidth) { return false; }
                let hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                while (hit && hit.shadowRoot) {
                    const inner = hit.shadowRoot.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                    if (!inner || inner === hit) { break; }
                    hit = inner;
                }
                for (let e = hit; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) {
                    if (e === el) { return true; }
                }
                return false;""", cssSelector));
    }
}
