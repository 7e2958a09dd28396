package io.stormwall.export.internal.json;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounds of {@code POST /api/boards/import}.
 *
 * @param importMaxBytes largest file accepted (default 10 MiB: a full board of 10,000 elements with long texts fits)
 */
@ConfigurationProperties("stormwall.export")
record ImportProperties(@DefaultValue("10485760") long importMaxBytes) {}
