package io.stormwall.board.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many boards one instance keeps.
 *
 * @param maxBoards boards the instance holds at most; creating one more is refused ({@code INSTANCE_FULL})
 */
@ConfigurationProperties("stormwall.board")
record CreationProperties(@DefaultValue("100000") long maxBoards) {}
