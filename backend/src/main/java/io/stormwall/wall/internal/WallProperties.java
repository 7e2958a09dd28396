package io.stormwall.wall.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big a wall may grow.
 *
 * @param maxElements elements (stickies, arrows, boundaries) one board holds at most; a batch that would pass it
 *                    is refused whole ({@code BOARD_FULL})
 */
@ConfigurationProperties("stormwall.wall")
record WallProperties(@DefaultValue("10000") int maxElements) {}
