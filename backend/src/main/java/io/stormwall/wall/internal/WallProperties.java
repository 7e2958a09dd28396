package io.stormwall.wall.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How big a wall may grow, and how much of the replayed walls at checkpoints a node keeps.
 *
 * @param maxElements elements (stickies, arrows, boundaries) one board holds at most; a batch that would pass it
 *                    is refused whole ({@code BOARD_FULL})
 * @param checkpointCacheElements elements the walls replayed at checkpoints that a node keeps ({@link ReplayCache})
 *                    hold together at most, each wall counted as one more than it holds; 0 keeps none
 */
@ConfigurationProperties("stormwall.wall")
record WallProperties(@DefaultValue("10000") int maxElements, @DefaultValue("100000") long checkpointCacheElements) {}
