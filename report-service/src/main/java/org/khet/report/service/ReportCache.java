package org.khet.report.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.EntityTag;
import org.khet.report.config.ReportConfig;
import org.khet.report.domain.Lang;
import org.khet.report.domain.Report;
import org.khet.report.render.ReportFormat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Composed reports per (area, fiscal year, language) and rendered bytes per (area, fiscal year, format, options, language), in
 * memory, least recently used dropped first. Each (area, year) has a generation number that an invalidation
 * bumps: a report composed while an event arrived carries the old generation and is not stored, so a cache
 * never keeps what it was told to drop.
 */
@ApplicationScoped
public class ReportCache {
    public record AreaYear(String area, int fiscalYear) {
    }

    public record Key(String area, int fiscalYear, ReportFormat format, org.khet.report.render.RenderOptions options,
                      Lang lang) {
        AreaYear areaYear() {
            return new AreaYear(area, fiscalYear);
        }
    }

    /** A composed model: one per area, year and language. */
    private record ModelKey(AreaYear areaYear, Lang lang) {
    }

    /** Rendered bytes with their strong ETag (a hash of the bytes). */
    public record Rendered(byte[] body, EntityTag etag, ReportFormat format) {
    }

    private final Map<AreaYear, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<ModelKey, Report> models;
    private final Map<Key, Rendered> rendered;

    public ReportCache(ReportConfig config) {
        int max = config.cache().maxEntries();
        this.models = lru(max);
        this.rendered = lru(max);
    }

    private static <K, V> Map<K, V> lru(int max) {
        return new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > max;
            }
        };
    }

    public long generation(String area, int fiscalYear) {
        return generations.computeIfAbsent(new AreaYear(area, fiscalYear), k -> new AtomicLong()).get();
    }

    public synchronized Rendered rendered(Key key) {
        return rendered.get(key);
    }

    public synchronized Report model(String area, int fiscalYear, Lang lang) {
        return models.get(new ModelKey(new AreaYear(area, fiscalYear), lang));
    }

    public synchronized void putModel(Report report, long generation) {
        AreaYear ay = new AreaYear(report.areaCode(), report.fiscalYear());
        if (generation(ay.area(), ay.fiscalYear()) == generation) {
            models.put(new ModelKey(ay, report.lang()), report);
        }
    }

    public synchronized void putRendered(Key key, Rendered value, long generation) {
        if (generation(key.area(), key.fiscalYear()) == generation) {
            rendered.put(key, value);
        }
    }

    /**
     * Drops the reports of an area (null: every area) for the given fiscal years (empty: every year) and bumps
     * their generations.
     * @return how many cached entries were dropped
     */
    public synchronized int invalidate(String area, java.util.Set<Integer> fiscalYears) {
        int[] dropped = {0};
        generations.forEach((ay, gen) -> {
            if (matches(ay, area, fiscalYears)) {
                gen.incrementAndGet();
            }
        });
        if (area != null) {
            for (int fy : fiscalYears) {
                generations.computeIfAbsent(new AreaYear(area, fy), k -> new AtomicLong()).incrementAndGet();
            }
        }
        models.keySet().removeIf(k -> matches(k.areaYear(), area, fiscalYears) && ++dropped[0] > 0);
        rendered.keySet().removeIf(k -> matches(k.areaYear(), area, fiscalYears) && ++dropped[0] > 0);
        return dropped[0];
    }

    private static boolean matches(AreaYear ay, String area, java.util.Set<Integer> years) {
        return (area == null || area.equals(ay.area())) && (years.isEmpty() || years.contains(ay.fiscalYear()));
    }

    public synchronized int size() {
        return rendered.size();
    }
}
