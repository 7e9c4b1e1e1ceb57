package org.khet.report.render;

/** Options that change the rendered bytes (part of the cache key): Thai digits throughout. */
public record RenderOptions(boolean thaiDigits) {
}
