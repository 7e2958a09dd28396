package io.stormwall.export.internal.photo;

import io.stormwall.web.ApiException;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * How many photos are drawn at once. A photo of a large wall holds its whole drawing in memory (a PNG four bytes a
 * pixel), so a few at a time fit the heap where ten did not; one more is refused at once rather than queued.
 */
@Component
class PhotoBudget {

    static final String EXPORT_BUSY = "EXPORT_BUSY";

    /** @param concurrentPhotos photos (SVG or PNG) drawn at once; more are answered 503 EXPORT_BUSY */
    @ConfigurationProperties("stormwall.export")
    record Limits(@DefaultValue("2") int concurrentPhotos) {}

    private final Semaphore permits;
    private final int size;

    PhotoBudget(Limits limits) {
        this.size = limits.concurrentPhotos();
        this.permits = new Semaphore(size);
    }

    <T> T draw(Supplier<T> drawing) {
        if (!permits.tryAcquire()) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, EXPORT_BUSY, "The server is drawing " + size
                    + " photos already (stormwall.export.concurrent-photos); try again in a few seconds.");
        }
        try {
            return drawing.get();
        } finally {
            permits.release();
        }
    }

    /** Takes a place for as long as the caller holds it, as a photo being drawn does. */
    boolean tryHold() {
        return permits.tryAcquire();
    }

    void release() {
        permits.release();
    }
}
