package vn.loa.scheduler.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProxyRangesTest {

    @Test
    void addressesAndRangesOfBothFamiliesAreTrusted() {
        ProxyRanges proxies = ProxyRanges.parse(" 10.1.2.3, 192.168.0.0/16 , fd00::/8");
        assertTrue(proxies.trusts("10.1.2.3"));
        assertFalse(proxies.trusts("10.1.2.4"));
        assertTrue(proxies.trusts("192.168.200.7"));
        assertFalse(proxies.trusts("192.169.0.1"));
        assertTrue(proxies.trusts("fd12::1"));
        assertFalse(proxies.trusts("fe80::1"));
        assertFalse(proxies.trusts("proxy.example"), "names are never looked up");
        assertTrue(ProxyRanges.parse("").isEmpty());
    }

    @Test
    void aBadEntryIsNamed() {
        assertEquals("192.168.0.0/33", assertThrows(IllegalArgumentException.class,
                () -> ProxyRanges.parse("10.0.0.1, 192.168.0.0/33")).getMessage());
        assertEquals("proxy.example", assertThrows(IllegalArgumentException.class,
                () -> ProxyRanges.parse("proxy.example")).getMessage());
    }
}
