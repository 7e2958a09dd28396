package io.stormwall.collab.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the live connection.
 *
 * @param maxFrameBytes       largest text frame a client may send; larger ones close the connection (1009)
 * @param sendBufferBytes     bytes queued for one client before it counts as too slow and is closed (4408)
 * @param presenceDropBytes   bytes queued for one client above which presence to it is dropped instead
 * @param joinTimeout         how long a new connection may take to send {@code join}
 * @param presenceInterval    how often presence is forwarded; 50 ms means at most 20 updates a second per client
 * @param maxCatchUpBatches   largest gap served as missed batches; a larger one is served as a snapshot
 * @param rosterInterval      how often each node tells the others who is on each of its boards
 * @param nodeSilenceLimit    after this long without a roster, another node's participants are taken as gone
 * @param messagesPerSecond   messages of any type one connection may send per second, sustained; more are answered
 *                            with {@code error RATE_LIMITED} and not processed (the connection stays)
 * @param messageBurst        messages one connection may send at once above that rate
 * @param editsPerSecond      edit batches and facilitator controls one connection may send per second, sustained;
 *                            more are answered with {@code rejected RATE_LIMITED}
 * @param editBurst           edit batches one connection may send at once above that rate
 * @param maxConnectionsPerBoard   live connections one board may have on one node; more are closed (4429)
 * @param maxConnectionsPerAddress live connections from one client address on one node; more are closed (4429)
 * @param maxBatchesInFlight  edit batches and facilitator controls of one connection received but not yet answered;
 *                            more are answered with {@code rejected RATE_LIMITED}
 * @param editThreads         threads putting live batches into their boards' order, shared by all connections
 * @param deliveryThreads     threads delivering committed batches to the boards' clients, shared by all boards; each
 *                            board's batches go out on one of them at a time, in order
 * @param readBufferChars     characters of a text frame the server reads at once per connection; a longer message
 *                            is gathered from such pieces up to {@code maxFrameBytes}. Every open connection holds a
 *                            buffer this large, so it sets most of the heap an idle connection costs.
 * @param roomWallElements    elements the in-memory copies of the live rooms' walls may hold together on one node
 *                            (a join builds its snapshot from its room's copy); a room whose copy would pass it keeps
 *                            none, and its joins read the wall from the database
 */
@ConfigurationProperties("stormwall.collab")
record CollabProperties(
        @DefaultValue("262144") int maxFrameBytes,
        @DefaultValue("4194304") long sendBufferBytes,
        @DefaultValue("65536") long presenceDropBytes,
        @DefaultValue("10s") Duration joinTimeout,
        @DefaultValue("50ms") Duration presenceInterval,
        @DefaultValue("1000") int maxCatchUpBatches,
        @DefaultValue("5s") Duration rosterInterval,
        @DefaultValue("15s") Duration nodeSilenceLimit,
        @DefaultValue("200") double messagesPerSecond,
        @DefaultValue("400") double messageBurst,
        @DefaultValue("100") double editsPerSecond,
        @DefaultValue("200") double editBurst,
        @DefaultValue("500") int maxConnectionsPerBoard,
        @DefaultValue("1000") int maxConnectionsPerAddress,
        @DefaultValue("64") int maxBatchesInFlight,
        @DefaultValue("8") int editThreads,
        @DefaultValue("2") int deliveryThreads,
        @DefaultValue("8192") int readBufferChars,
        @DefaultValue("50000") long roomWallElements) {}
