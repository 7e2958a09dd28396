package io.stormwall.wall.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.web.JsonContract;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ops read without the schema checker are exactly those the checker accepts and bound exactly as the checked
 * path binds them: many batches built from values on both sides of every limit, each read both ways.
 */
class PlainOpsTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] FIELDS = {"id", "kind", "text", "x", "y", "w", "h", "z", "from", "to", "label", "props", "color"};
    private static final String[] KINDS = {"event", "command", "actor", "policy", "readModel", "hotspot", "aggregate",
        "externalSystem", "boundary", "arrow", "Event", "sticky", ""};

    private final Random random = new Random(15);

    @Test
    void readsWithoutTheCheckerOnlyWhatTheCheckerAcceptsAndBindsItTheSameWay() {
        int plain = 0;
        int checkedAndAccepted = 0;
        int refused = 0;
        for (int n = 0; n < 20_000; n++) {
            ArrayNode batch = NODES.arrayNode();
            int size = 1 + random.nextInt(2);
            for (int i = 0; i < size; i++) {
                batch.add(op());
            }
            boolean accepted = JsonContract.get().problems(JsonContract.Document.PROTOCOL, "batchOps", batch, "ops").isEmpty();
            List<Op> read = PlainOps.read(batch);
            if (read != null) {
                plain++;
                assertThat(accepted).as("read without the checker, but the schema refuses %s", batch).isTrue();
                assertThat(comparable(read, batch)).as("bound differently: %s", batch).isEqualTo(comparable(bound(batch), batch));
            } else if (accepted) {
                checkedAndAccepted++;
            } else {
                refused++;
            }
        }
        // each way is taken often: plain batches, accepted ones left to the checker, refused ones
        assertThat(plain).isGreaterThan(1_000);
        assertThat(checkedAndAccepted).isGreaterThan(50);
        assertThat(refused).isGreaterThan(1_000);
    }

    @Test
    void aMoveOfOneStickyIsPlain() {
        ArrayNode batch = (ArrayNode) JsonMapper.shared().readTree(
                "[{\"op\":\"update\",\"id\":\"0b6b0c52-3f5e-4f7e-9a8e-1c2d3e4f5a6b\",\"set\":{\"x\":120,\"y\":-40.5}}]");
        assertThat(PlainOps.read(batch)).hasSize(1);
        assertThat(PlainOps.read(batch)).isEqualTo(bound(batch));
    }

    private static List<Op> bound(ArrayNode batch) {
        List<Op> ops = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            ops.add(JsonMapper.shared().treeToValue(batch.get(i), Op.class).at("ops[" + i + "]", (ObjectNode) batch.get(i)));
        }
        return ops;
    }

    /** A created element the client gave no id gets a new one either way: ids made here are left out. */
    private static List<Op> comparable(List<Op> ops, ArrayNode batch) {
        List<Op> comparable = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            comparable.add(op instanceof Op.Create create && !batch.get(i).path("element").has("id")
                    ? new Op.Create(create.element().withId(null), create.path()) : op);
        }
        return comparable;
    }

    private ObjectNode op() {
        ObjectNode op = NODES.objectNode();
        String name = pick("update", "update", "create", "create", "delete", "move", null);
        if (name != null) {
            op.put("op", name);
        }
        if (!"create".equals(name) || chance(10)) {
            op.set("id", uuid());
        }
        if ("update".equals(name) || chance(10)) {
            op.set("set", fields(false));
        }
        if ("create".equals(name) || chance(10)) {
            op.set("element", fields(true));
        }
        if (chance(5)) {
            op.put("extra", 1);
        }
        return op;
    }

    private JsonNode fields(boolean element) {
        if (chance(3)) {
            return NODES.arrayNode();
        }
        ObjectNode fields = NODES.objectNode();
        if (element && !chance(8)) {
            String kind = chance(12) ? pick(KINDS) : chance(2) ? "arrow" : "event";
            fields.put("kind", kind);
            if (kind.equals("arrow") && !chance(10)) {
                fields.set("from", uuid());
                fields.set("to", uuid());
            }
        }
        int count = random.nextInt(element ? 4 : 5);
        for (int i = 0; i < count; i++) {
            String field = FIELDS[random.nextInt(FIELDS.length)];
            if (field.equals("id") && !element && !chance(6)) {
                continue;
            }
            fields.set(field, value(field));
        }
        return fields;
    }

    private JsonNode value(String field) {
        return switch (field) {
            case "id", "from", "to" -> uuid();
            case "kind" -> chance(20) ? NODES.numberNode(3) : NODES.stringNode(pick(KINDS));
            case "text" -> text(1000);
            case "label" -> text(200);
            case "x", "y" -> number(-1_000_000, 1_000_000);
            case "w", "h" -> number(10, 20_000);
            case "z" -> number(-1_000_000_000, 1_000_000_000);
            case "props" -> chance(2) ? NODES.objectNode() : NODES.objectNode().put("mode", "automatic");
            default -> NODES.numberNode(1);
        };
    }

    private JsonNode uuid() {
        String id = UUID.randomUUID().toString();
        return switch (random.nextInt(20)) {
            case 0 -> NODES.stringNode(id.toUpperCase());
            case 1 -> NODES.stringNode(id + "\n");
            case 2 -> NODES.stringNode(id.substring(1));
            case 3 -> NODES.stringNode(id.replace('-', 'g').replaceFirst("g", "-"));
            case 4 -> NODES.stringNode("g" + id.substring(1));
            case 5 -> NODES.nullNode();
            case 6 -> NODES.numberNode(7);
            case 7 -> NODES.stringNode(id.replace("-", ""));
            default -> NODES.stringNode(id);
        };
    }

    private JsonNode text(int most) {
        return switch (random.nextInt(14)) {
            case 0 -> NODES.stringNode("x".repeat(most));
            case 1 -> NODES.stringNode("x".repeat(most + 1));
            // at most characters, but beyond it in UTF-16 units: the checker's to decide
            case 2 -> NODES.stringNode("\uD83D\uDE00".repeat(most));
            case 3 -> NODES.stringNode("\uD83D\uDE00".repeat(most / 2 + 1));
            case 4 -> NODES.nullNode();
            case 5 -> NODES.numberNode(5);
            case 6 -> NODES.stringNode("");
            default -> NODES.stringNode("Order placed " + random.nextInt(100));
        };
    }

    private JsonNode number(long min, long max) {
        return switch (random.nextInt(30)) {
            case 0 -> NODES.numberNode(min);
            case 1 -> NODES.numberNode(max);
            case 2 -> NODES.numberNode(min - 1);
            case 3 -> NODES.numberNode(max + 1);
            case 4 -> NODES.numberNode((double) max + 0.5);
            case 5 -> NODES.numberNode((double) min - 0.5);
            case 6 -> NODES.numberNode(Math.nextUp((double) max));
            case 7 -> NODES.numberNode((double) min);
            case 8 -> NODES.numberNode(max * 10_000L);
            case 9 -> NODES.numberNode(BigInteger.valueOf(max).multiply(BigInteger.TEN.pow(20)));
            case 10 -> NODES.numberNode(new BigDecimal("12.5"));
            case 11 -> NODES.numberNode(12.5f);
            case 12 -> NODES.stringNode("12");
            case 13 -> NODES.nullNode();
            case 14 -> NODES.booleanNode(true);
            case 15 -> NODES.numberNode(12.0);
            default -> chance(2) ? NODES.numberNode(min + random.nextInt((int) Math.min(max - min, 100_000)))
                    : NODES.numberNode(min + random.nextDouble() * (max - min));
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }

    private boolean chance(int oneIn) {
        return random.nextInt(oneIn) == 0;
    }
}
