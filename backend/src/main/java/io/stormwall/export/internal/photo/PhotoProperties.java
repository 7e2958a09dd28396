package io.stormwall.export.internal.photo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the wall's photos.
 *
 * @param maxPixels largest PNG, in pixels (width × height after scaling), the server draws; each pixel takes four
 *                  bytes of memory while it is drawn, so the default 40 megapixels needs about 160 MB
 */
@ConfigurationProperties("stormwall.export")
record PhotoProperties(@DefaultValue("40000000") long maxPixels) {}
