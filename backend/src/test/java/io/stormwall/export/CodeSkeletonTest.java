package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import io.stormwall.support.SubscriptionWall;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The wall as Java sources: the seed's subscription example, entered with its fields, comes out as code that compiles. */
@StormwallTest
class CodeSkeletonTest {

    private final Api api;
    private final Downloads downloads;

    CodeSkeletonTest(@LocalServerPort int port) {
        this.api = new Api(port);
        this.downloads = new Downloads(port);
    }

    @Test
    void theSubscriptionWallWithItsFieldsBecomesASkeletonThatCompiles(@TempDir Path dir) throws IOException {
        SubscriptionWall wall = SubscriptionWall.build(api);
        fields(wall, "Subscription Activated", "subscriptionId", "id", "customerId", "id", "planId", "id", "startedAt", "date");
        fields(wall, "Payment Failed", "subscriptionId", "id", "amount", "money", "reason", "string", "retryCount", "number",
                "failedAt", "date");
        fields(wall, "Retry Payment", "subscriptionId", "id", "retryCount", "number");
        fields(wall, SubscriptionWall.FAILED_PAYMENTS_DASHBOARD, "subscriptionId", "id", "lastFailure", "date", "failureReason",
                "string", "retryCount", "number", "status", "string", "lastEvent", "Payment Failed");
        update(wall, "Retry Payment", object("scenarios", Map.of("s1", object("given", List.of("Payment Failed"),
                "then", List.of(), "failure", "Retries Exhausted", "at", 1))));

        String report = downloads.get("/api/boards/" + wall.board.id() + "/export.md", wall.board.observer()).text();
        assertThat(report).contains("- Subscription Activated (subscriptionId: id, customerId: id, planId: id, startedAt: date)");
        assertThat(report).contains("| Retry Payment (subscriptionId: id, retryCount: number) |");
        assertThat(report).contains("- given Payment Failed, when Retry Payment, then it fails: Retries Exhausted");

        // the completeness check names the dashboard's fields that none of the events feeding it carries
        JsonNode origins = null;
        for (JsonNode finding : api.get("/api/boards/" + wall.board.id() + "/checks", wall.board.observer()).json().get("findings")) {
            if (finding.get("rule").asString().equals("field-without-origin")
                    && finding.get("elements").get(0).asString().equals(wall.id(SubscriptionWall.FAILED_PAYMENTS_DASHBOARD))) {
                origins = finding;
            }
        }
        assertThat(origins).isNotNull();
        assertThat(origins.get("message").asString())
                .isEqualTo("Fields 'lastFailure', 'failureReason', 'status', 'lastEvent': no event that comes before it carries it.");

        Downloads.Download zip = downloads.get("/api/boards/" + wall.board.id() + "/export.zip", wall.board.observer());
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        assertThat(zip.disposition()).contains("subscription-box-java.zip");
        Map<String, String> files = unzipped(zip.bytes(), dir);

        assertThat(files.get("src/main/java/workshop/billing/PaymentFailed.java")).contains("public record PaymentFailed("
                + "java.util.UUID subscriptionId, java.math.BigDecimal amount, java.lang.String reason, java.math.BigDecimal retryCount, "
                + "java.time.Instant failedAt)");
        assertThat(files.get("src/main/java/workshop/billing/Billing.java"))
                .contains("public java.util.List<java.lang.Record> handle(RetryPayment command)")
                .contains("public InvoiceRaised handle(RaiseInvoice command)");
        assertThat(files.get("src/main/java/workshop/billing/RetryFailedPayment.java")).contains("void on(PaymentFailed event);");
        assertThat(files.get("src/main/java/workshop/billing/FailedPaymentsDashboard.java")).contains("PaymentFailed lastEvent");
        assertThat(files.get("src/main/java/workshop/billing/FailedPaymentsDashboardProjection.java"))
                .contains("public void on(workshop.subscriptions.SubscriptionSuspended event)");
        assertThat(compiled(dir)).contains("workshop/subscriptions/Subscription.class", "workshop/billing/ChargeOnCycle.class",
                "workshop/fulfillment/ShipmentQueueProjection.class");
    }

    @Test
    void hostileNamesStayInertInTheCodeAndTheReport(@TempDir Path dir) throws IOException {
        Api.TestBoard board = api.createBoard("*/ class Evil {} /*", "free");
        String[] texts = {"*/ class Injected {} /*", "\\u002a/ class Escaped {} /*", "class", "String", "String", "!!!", "Örder Plaçed",
                "java", "\"); System.exit(1); //", "1st Thing Happened"};
        List<Object> ops = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            Map<String, Object> fields = new LinkedHashMap<>();
            String[] names = {"*/ int x; /*", "\\u002a/", "class", "java", "toString", "hash Code", "Ünïcødé", "\"quoted\"", "java"};
            for (int f = 0; f < names.length; f++) {
                fields.put("f" + f, object("name", names[f] + (f == names.length - 1 ? " 2" : ""), "type",
                        f == 0 ? "*/ evil" : f == 1 ? "String" : "id", "at", f));
            }
            ops.add(object("op", "create", "element", object("id", id, "kind", i % 2 == 0 ? "event" : "command", "text", texts[i],
                    "x", i * 200, "y", 0, "props", object("fields", fields))));
        }
        ops.add(object("op", "create", "element", object("kind", "policy", "text", "*/ when: \\u000a then", "x", 0, "y", 300)));
        ops.add(object("op", "create", "element", object("kind", "arrow", "from", ids.get(0), "to", ids.get(1))));
        assertThat(api.ops(board.id(), board.participant(), "hostile", ops.toArray()).status()).isEqualTo(200);

        Map<String, String> files = unzipped(downloads.get("/api/boards/" + board.id() + "/export.zip", board.observer()).bytes(), dir);
        for (String text : files.values()) {
            assertThat(text.chars()).allMatch(c -> c < 0x80);
        }
        List<String> classes = compiled(dir);
        assertThat(classes).noneMatch(c -> c.endsWith("/Injected.class") || c.endsWith("/Escaped.class") || c.endsWith("/Evil.class"));
        assertThat(classes).hasSize(texts.length + 1);
        assertThat(files.keySet()).contains("src/main/java/workshop/model/Class.java", "src/main/java/workshop/model/String.java",
                "src/main/java/workshop/model/String2.java", "src/main/java/workshop/model/OrderPlaced.java",
                "src/main/java/workshop/model/Command1stThingHappened.java");
    }

    private void fields(SubscriptionWall wall, String text, String... namesAndTypes) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            fields.put("f" + i, object("name", namesAndTypes[i], "type", namesAndTypes[i + 1], "at", i));
        }
        update(wall, text, object("fields", fields));
    }

    private void update(SubscriptionWall wall, String text, Map<String, Object> props) {
        Api.Response response = api.ops(wall.board.id(), wall.board.participant(), "set-" + UUID.randomUUID(),
                object("op", "update", "id", wall.id(text), "set", object("props", props)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static Map<String, String> unzipped(byte[] zip, Path dir) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path file = dir.resolve(entry.getName()).normalize();
                assertThat(file.startsWith(dir)).as(entry.getName()).isTrue();
                Files.createDirectories(file.getParent());
                byte[] bytes = in.readAllBytes();
                Files.write(file, bytes);
                files.put(entry.getName(), new String(bytes, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /**
     * Compiles every source as plain ASCII (so the sources can't depend on the compiler's default encoding) and
     * lists the classes made, relative to the output folder.
     */
    private static List<String> compiled(Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(dir.resolve("src"))) {
            sources = walk.filter(p -> p.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.US_ASCII)) {
            boolean ok = javac.getTask(null, files, diagnostics, List.of("-d", out.toString(), "-encoding", "US-ASCII", "--release", "17"),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(ok).as(diagnostics.getDiagnostics().toString()).isTrue();
        }
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(p -> p.toString().endsWith(".class")).map(p -> out.relativize(p).toString()).toList();
        }
    }
}
