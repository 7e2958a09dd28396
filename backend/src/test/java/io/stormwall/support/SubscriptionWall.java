package io.stormwall.support;

import static io.stormwall.support.Json.object;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The seeds' subscription example on a real board, built through the public REST API: the monthly subscription box
 * with its four policies and three read models, and the sixteen actor-command-event triplets of the architecture
 * session grouped into their aggregates, each aggregate inside a bounded context, joined by arrows (a few of them
 * drawn backwards, as people do). The constants name what tests assert on.
 */
public final class SubscriptionWall {

    public static final String TITLE = "Subscription box";

    public static final String CUSTOMER_IDENTITY = "Customer Identity";
    public static final String SUBSCRIPTIONS = "Subscriptions";
    public static final String BILLING = "Billing";
    public static final String ACCESS = "Access";
    public static final String FULFILLMENT = "Fulfillment";
    public static final String SUPPORT = "Support";

    public static final String CUSTOMER_AGGREGATE = "Customer";
    public static final String SUBSCRIPTION_AGGREGATE = "Subscription";
    public static final String BILLING_AGGREGATE = "Billing";
    public static final String ACCESS_AGGREGATE = "Access";
    public static final String SHIPMENT_AGGREGATE = "Shipment";
    public static final String SUPPORT_AGGREGATE = "Support";

    public static final String CHARGE_ON_CYCLE = "Charge on cycle: when an invoice is raised, take the money";
    public static final String RETRY_FAILED_PAYMENT = "Retry failed payment: when fewer than two retries were made, try again a day later";
    public static final String PAUSE_AFTER_RETRIES = "Pause after retries: when the last retry failed too, suspend the subscription";
    public static final String FULFILL_ON_PAYMENT = "Fulfil on payment: when the money is in, ship the box";

    public static final String MY_SUBSCRIPTION = "My Subscription";
    public static final String FAILED_PAYMENTS_DASHBOARD = "Failed Payments Dashboard";
    public static final String SHIPMENT_QUEUE = "Shipment Queue";

    public static final String GATEWAY_HOTSPOT = "What if the payment gateway cannot be reached?";
    public static final String RESUME_HOTSPOT = "Should a paused subscription resume after a manual payment?";
    public static final String RETENTION_HOTSPOT = "How long must failed payment records be kept?";

    public static final String SUPPORT_AGENT = "Support Agent";
    public static final String CLIENT_APP = "Client App";

    private static final int CONTEXT_WIDTH = 1400;
    private static final int ROW = 140;
    private static final int MAX_OPS = 500;

    public final Api.TestBoard board;
    private final Map<String, String> ids;

    private SubscriptionWall(Api.TestBoard board, Map<String, String> ids) {
        this.board = board;
        this.ids = ids;
    }

    /** The id of the first sticky written with this text. */
    public String id(String text) {
        String id = ids.get(text);
        if (id == null) {
            throw new IllegalArgumentException("No sticky reads " + text);
        }
        return id;
    }

    public static SubscriptionWall build(Api api) {
        Api.TestBoard board = api.createBoard(TITLE, "free");
        Builder b = new Builder();
        b.context(CUSTOMER_IDENTITY, CUSTOMER_AGGREGATE, List.of(
                triplet("Customer", "Sign Up", "Account Created"),
                triplet("Customer", "Add Payment Method", "Payment Method Added")));
        b.context(SUBSCRIPTIONS, SUBSCRIPTION_AGGREGATE, List.of(
                triplet("Customer", "Select Plan", "Plan Selected"),
                triplet("Billing Service", "Activate Subscription", "Subscription Activated"),
                triplet("Customer", "Upgrade Plan", "Plan Upgraded"),
                triplet("Customer", "Pause / Resume Subscription", "Subscription Paused", "Subscription Resumed"),
                triplet("Billing Job", "Suspend Subscription", "Subscription Suspended"),
                triplet("Customer", "Cancel Subscription", "Subscription Cancelled")));
        b.hotspotInAggregate(RESUME_HOTSPOT, "deferred", "Grace");
        b.extra("policy", PAUSE_AFTER_RETRIES, null);
        b.context(BILLING, BILLING_AGGREGATE, List.of(
                triplet("Billing Job", "Raise Invoice", "Invoice Raised"),
                triplet("Billing Job", "Capture Payment", "Payment Captured"),
                triplet("Scheduler", "Bill Period"),
                triplet("Billing Job", "Retry Payment", "Payment Failed", "Payment Retry Failed"),
                new Triplet(null, "Issue Refund", List.of("Refund Issued"), true)));
        b.hotspotInAggregate(GATEWAY_HOTSPOT, "open", "Billing team");
        b.extra("policy", CHARGE_ON_CYCLE, null);
        b.extra("policy", RETRY_FAILED_PAYMENT, object("mode", "long-running"));
        b.extra("readModel", FAILED_PAYMENTS_DASHBOARD, null);
        b.hotspotBeside(RETENTION_HOTSPOT, 3);
        b.context(ACCESS, ACCESS_AGGREGATE, List.of(
                triplet("Access Service", "Grant Access", "Access Granted"),
                triplet(null, "Record Usage", "Usage Recorded")));
        b.extra("externalSystem", CLIENT_APP, object("ownership", "internal", "acl", false));
        b.context(FULFILLMENT, SHIPMENT_AGGREGATE, List.of(triplet(null, "Request Shipment", "Shipment Requested")));
        b.extra("policy", FULFILL_ON_PAYMENT, null);
        b.extra("readModel", SHIPMENT_QUEUE, null);
        b.context(SUPPORT, SUPPORT_AGGREGATE, List.of(
                triplet("Customer", "Raise / Resolve Ticket", "Ticket Raised", "Ticket Resolved")));
        String refundAgent = b.extra("actor", SUPPORT_AGENT, null);
        String cancelAgent = b.extra("actor", SUPPORT_AGENT, null);
        String mySubscription = b.sticky("readModel", MY_SUBSCRIPTION, 60, b.bottom + 100, null);

        b.arrow("Bill Period", "Invoice Raised");
        b.arrow("Bill Period", "Payment Captured");
        b.arrowIds(refundAgent, b.ids.get("Issue Refund"));
        b.arrowIds(b.ids.get("Cancel Subscription"), cancelAgent); // drawn backwards
        b.arrow(CLIENT_APP, "Record Usage");
        b.arrow("Invoice Raised", CHARGE_ON_CYCLE);
        b.arrow(CHARGE_ON_CYCLE, "Capture Payment");
        b.arrow("Payment Failed", RETRY_FAILED_PAYMENT);
        b.arrow(RETRY_FAILED_PAYMENT, "Retry Payment");
        b.arrow("Payment Retry Failed", PAUSE_AFTER_RETRIES);
        b.arrow(PAUSE_AFTER_RETRIES, "Suspend Subscription");
        b.arrow(FULFILL_ON_PAYMENT, "Payment Captured"); // drawn backwards
        b.arrow("Request Shipment", FULFILL_ON_PAYMENT); // drawn backwards
        for (String event : List.of("Subscription Activated", "Subscription Paused", "Subscription Resumed", "Subscription Cancelled")) {
            b.arrowIds(b.ids.get(event), mySubscription);
        }
        b.arrowIds(mySubscription, b.actorOf.get("Cancel Subscription"));
        for (String event : List.of("Payment Failed", "Payment Retry Failed", "Subscription Suspended")) {
            b.arrow(event, FAILED_PAYMENTS_DASHBOARD);
        }
        b.arrow("Shipment Requested", SHIPMENT_QUEUE);

        for (int from = 0, n = 1; from < b.ops.size(); from += MAX_OPS, n++) {
            List<Map<String, Object>> batch = b.ops.subList(from, Math.min(from + MAX_OPS, b.ops.size()));
            Api.Response sent = api.ops(board.id(), board.participant(), "subscription-wall-" + n, batch.toArray());
            if (sent.status() != 200) {
                throw new IllegalStateException("The subscription wall was refused: " + sent.body());
            }
        }
        return new SubscriptionWall(board, b.ids);
    }

    /** One actor-command-event cell; {@code backwards} draws its arrows from the events to the command. */
    private record Triplet(String actor, String command, List<String> events, boolean backwards) {}

    private static Triplet triplet(String actor, String command, String... events) {
        return new Triplet(actor, command, List.of(events), false);
    }

    /** Lays the wall out: contexts stacked top to bottom, each holding one aggregate card and a row of extras. */
    private static final class Builder {

        final List<Map<String, Object>> ops = new ArrayList<>();
        final Map<String, String> ids = new LinkedHashMap<>();
        final Map<String, String> actorOf = new LinkedHashMap<>();
        int bottom;
        private int aggregateX;
        private int aggregateY;
        private int extrasY;
        private int extrasCount;

        void context(String context, String aggregate, List<Triplet> rows) {
            int top = bottom + 60;
            aggregateX = 40;
            aggregateY = top + 60;
            int aggregateHeight = 40 + rows.size() * ROW;
            extrasY = aggregateY + aggregateHeight + 40;
            extrasCount = 0;
            int contextHeight = extrasY + 120 + 40 - top;
            create("boundary", context, 0, top, object("w", CONTEXT_WIDTH, "h", contextHeight), null);
            create("aggregate", aggregate, aggregateX, aggregateY, object("w", 1000, "h", aggregateHeight), null);
            for (int r = 0; r < rows.size(); r++) {
                Triplet t = rows.get(r);
                int y = aggregateY + 30 + r * ROW;
                String command = sticky("command", t.command(), aggregateX + 160, y, null);
                if (t.actor() != null) {
                    String actor = sticky("actor", t.actor(), aggregateX + 20, y + 30, null);
                    actorOf.put(t.command(), actor);
                    arrowIds(actor, command);
                }
                for (int e = 0; e < t.events().size(); e++) {
                    String event = sticky("event", t.events().get(e), aggregateX + 340 + e * 180, y, null);
                    if (t.backwards()) {
                        arrowIds(event, command);
                    } else {
                        arrowIds(command, event);
                    }
                }
            }
            bottom = top + contextHeight;
        }

        String extra(String kind, String text, Map<String, Object> props) {
            return sticky(kind, text, 60 + extrasCount++ * 200, extrasY, props);
        }

        void hotspotInAggregate(String text, String status, String owner) {
            sticky("hotspot", text, aggregateX + 760, aggregateY + 30, object("status", status, "owner", owner));
        }

        /** A hotspot right of the current context, level with one of its rows, so the nearest event is in that row. */
        void hotspotBeside(String text, int row) {
            sticky("hotspot", text, CONTEXT_WIDTH + 100, aggregateY + 30 + row * ROW, object("status", "open"));
        }

        String sticky(String kind, String text, int x, int y, Map<String, Object> props) {
            return create(kind, text, x, y, object(), props);
        }

        private String create(String kind, String text, int x, int y, Map<String, Object> size, Map<String, Object> props) {
            String id = UUID.randomUUID().toString();
            Map<String, Object> element = object("id", id, "kind", kind, "text", text, "x", x, "y", y, "props", props);
            element.putAll(size);
            ops.add(object("op", "create", "element", element));
            ids.putIfAbsent(text, id);
            return id;
        }

        void arrow(String fromText, String toText) {
            arrowIds(ids.get(fromText), ids.get(toText));
        }

        void arrowIds(String from, String to) {
            ops.add(object("op", "create", "element", object("kind", "arrow", "from", from, "to", to)));
        }
    }
}
