package io.stormwall.export;

import static io.stormwall.support.Json.object;
import static org.assertj.core.api.Assertions.assertThat;

import io.stormwall.support.Api;
import io.stormwall.support.StormwallTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Photos of a wall built through the public API, checked with independent parsers and renderers. */
@StormwallTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhotoExportTest {

    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XSS = "<script>alert(1)</script>";
    private static final String AMPERSANDS = "Tom & Jerry &lt;b&gt;";
    private static final Path SAVED = Path.of("target", "photos");

    private final Api api;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();
    private Api.TestBoard board;
    private final String boundary = UUID.randomUUID().toString();
    private final String renewed = UUID.randomUUID().toString();
    /** Every sticky and card with its kind and text, and every arrow, as created. */
    private final Map<String, String[]> stickies = new java.util.LinkedHashMap<>();
    private final List<String> arrows = new ArrayList<>();

    PhotoExportTest(@LocalServerPort int port) {
        this.api = new Api(port);
        this.base = "http://localhost:" + port;
    }

    @BeforeAll
    void buildTheWall() {
        board = api.createBoard("Subscription billing: Q3 & beyond", "free");
        String aggregate = UUID.randomUUID().toString();
        String failed = UUID.randomUUID().toString();
        String command = UUID.randomUUID().toString();
        String actor = UUID.randomUUID().toString();
        String policy = UUID.randomUUID().toString();
        String readModel = UUID.randomUUID().toString();
        String hotspot = UUID.randomUUID().toString();
        String external = UUID.randomUUID().toString();
        String xss = UUID.randomUUID().toString();
        String wordy = UUID.randomUUID().toString();
        String amp = UUID.randomUUID().toString();
        List<Object> ops = new ArrayList<>();
        ops.add(create(boundary, "boundary", "Billing", 0, 0, Map.of("w", 1100, "h", 700)));
        ops.add(create(aggregate, "aggregate", "Subscription", 60, 100, Map.of("w", 560, "h", 240)));
        ops.add(create(renewed, "event", "Subscription Renewed", 80, 190, Map.of()));
        ops.add(create(failed, "event", "Payment Failed", 420, 190, Map.of()));
        ops.add(create(command, "command", "Renew Subscription", -320, 190, Map.of()));
        ops.add(create(actor, "actor", "Billing Clerk", -300, 20, Map.of()));
        ops.add(create(policy, "policy", "Whenever a payment fails, retry it in three days", 820, 420,
                Map.of("props", object("mode", "long-running"))));
        ops.add(create(readModel, "readModel", "Overdue invoices", 620, 500, Map.of()));
        ops.add(create(hotspot, "hotspot", "What if the card expires in the middle of a cycle?", 1220, 120,
                Map.of("props", object("status", "open", "owner", "Ann"))));
        ops.add(create(external, "externalSystem", "Payment Provider", 1220, 440,
                Map.of("props", object("ownership", "external", "acl", true))));
        ops.add(create(xss, "event", XSS, 80, 420, Map.of()));
        ops.add(create(wordy, "event", "Invoice sent to the customer by e-mail with the itemised usage of the last billing period attached",
                280, 420, Map.of()));
        ops.add(create(amp, "readModel", AMPERSANDS, 280, 570, Map.of("w", 160, "h", 100)));
        ops.add(arrow(actor, command, "issues"));
        ops.add(arrow(command, renewed, "results in"));
        ops.add(arrow(failed, policy, "triggers"));
        ops.add(arrow(policy, external, "asks to charge the card again"));
        ops.add(arrow(hotspot, failed, null));
        Api.Response created = api.ops(board.id(), board.participant(), "wall", ops.toArray());
        assertThat(created.status()).as(created.body()).isEqualTo(200);
    }

    private Map<String, Object> create(String id, String kind, String text, double x, double y, Map<String, Object> more) {
        stickies.put(id, new String[] {kind, text});
        Map<String, Object> element = object("id", id, "kind", kind, "text", text, "x", x, "y", y);
        element.putAll(more);
        return object("op", "create", "element", element);
    }

    private Map<String, Object> arrow(String from, String to, String label) {
        String id = UUID.randomUUID().toString();
        arrows.add(id);
        return object("op", "create", "element", object("id", id, "kind", "arrow", "from", from, "to", to, "label", label));
    }

    @Test
    void theSvgIsAWellFormedDrawingOfEveryStickyArrowAndTheLegend() throws Exception {
        Photo photo = get("/export.svg", board.observer());
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).isEqualTo("image/svg+xml");
        assertThat(photo.disposition()).isEqualTo("attachment; filename=\"subscription-billing-q3-beyond.svg\"");
        save("wall.svg", photo.body());
        Document svg = parse(photo.body());

        Element root = svg.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        // the whole wall: from the command at x -320 to the hotspot ending at 1380, and a margin of 40 each side
        assertThat(number(root, "width")).isEqualTo(1380 + 320 + 80);
        double strip = number(root, "height") - (700 + 20 + 80);
        assertThat(strip).as("title strip").isBetween(60.0, 200.0);

        List<Element> cards = groups(svg, "element ");
        for (Element card : cards) {
            assertThat(card.getAttribute("class")).matches("element [a-zA-Z]+");
        }
        List<Element> titles = groups(svg, "title-bar ");
        for (String[] sticky : stickies.values()) {
            String kind = sticky[0];
            String text = sticky[1];
            boolean container = kind.equals("boundary") || kind.equals("aggregate");
            // a card's or a context's name is in its title bar
            assertThat(container ? titles : cards).as(kind + " " + text).anySatisfy(card -> {
                assertThat(card.getAttribute("class")).isEqualTo((container ? "title-bar " : "element ") + kind);
                assertThat(squeezed(textOf(card))).contains(squeezed(text));
            });
        }
        // the layers: the context, the card, the stickies, the arrows and their labels over them, and the title bars
        // over everything, so no arrow crossing a card or a context covers its name
        List<String> order = groups(svg, "").stream().map(g -> g.getAttribute("class"))
                .filter(c -> c.startsWith("element ") || c.startsWith("title-bar ") || c.startsWith("arrow")).toList();
        int labelled = arrows.size() - 1;
        int lineStart = order.size() - 2 - labelled - arrows.size();
        assertThat(order.subList(0, 2)).containsExactly("element boundary", "element aggregate");
        assertThat(order.subList(2, lineStart)).allMatch(c -> c.startsWith("element "));
        assertThat(order.subList(lineStart, lineStart + arrows.size())).containsOnly("arrow");
        assertThat(order.subList(lineStart + arrows.size(), order.size() - 2)).containsOnly("arrow-label");
        assertThat(order.subList(order.size() - 2, order.size())).containsExactly("title-bar boundary", "title-bar aggregate");

        // the notation's properties on a badge at each sticky's foot, as the browser shows them
        Map<String, String> badges = Map.of("hotspot", "open · Ann", "policy", "long-running", "externalSystem", "external · ACL");
        badges.forEach((kind, badge) -> assertThat(cards).as(kind).anySatisfy(card -> {
            assertThat(card.getAttribute("class")).isEqualTo("element " + kind);
            assertThat(textOf(card)).contains(badge);
        }));

        String heading = textOf(groups(svg, "title-strip").get(0));
        assertThat(heading).contains("Subscription billing: Q3 & beyond", "Free", "Phase 1/1 Free modelling", "Exported 2026-03-14 15:09 UTC");
        for (String label : List.of("Domain event", "Command", "Actor", "Policy", "Read model", "Hotspot", "Aggregate",
                "External system", "Bounded context", "Arrow")) {
            assertThat(groups(svg, "legend ")).as(label).anySatisfy(item -> assertThat(textOf(item)).endsWith(label));
        }

        List<Element> lines = groups(svg, "arrow").stream().filter(g -> g.getAttribute("class").equals("arrow")).toList();
        assertThat(lines).hasSize(arrows.size());
        assertThat(groups(svg, "arrow-label")).as("one label for each arrow that has one").hasSize(arrows.size() - 1);
        for (Element line : lines) {
            assertThat(line.getElementsByTagNameNS(SVG_NS, "line").getLength()).as("the line").isEqualTo(1);
            assertThat(line.getElementsByTagNameNS(SVG_NS, "path").getLength()).as("the head").isEqualTo(1);
        }
        String everything = textOf(root);
        assertThat(everything).contains("issues", "results in", "triggers", "asks to charge the card again", "Billing", "Subscription");
    }

    @Test
    void stickyTextStaysInertText() throws Exception {
        Photo photo = get("/export.svg", board.facilitator());
        String raw = new String(photo.body(), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain("<script").contains("&lt;script&gt;");
        Document svg = parse(photo.body());
        assertThat(svg.getElementsByTagNameNS("*", "script").getLength()).isZero();
        assertThat(svg.getElementsByTagNameNS("*", "foreignObject").getLength()).isZero();
        assertThat(squeezed(textOf(svg.getDocumentElement()))).contains(squeezed(XSS), squeezed(AMPERSANDS));
        assertThat(photo.header("Content-Security-Policy")).startsWith("default-src 'none'");
    }

    @Test
    void anIndependentRendererDrawsTheSvgAtItsSize() throws Exception {
        Photo photo = get("/export.svg", board.participant());
        Document svg = parse(photo.body());
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        PNGTranscoder batik = new PNGTranscoder();
        batik.transcode(new TranscoderInput(new ByteArrayInputStream(photo.body())), new TranscoderOutput(png));
        BufferedImage drawn = ImageIO.read(new ByteArrayInputStream(png.toByteArray()));
        save("wall-batik.png", png.toByteArray());
        assertThat(drawn.getWidth()).isEqualTo((int) Math.ceil(number(svg.getDocumentElement(), "width")));
        assertThat(drawn.getHeight()).isEqualTo((int) Math.ceil(number(svg.getDocumentElement(), "height")));
    }

    @Test
    void thePngHasTheSvgsSizeTimesTheScaleAndTheKindsColours() throws Exception {
        Element svg = parse(get("/export.svg", board.observer()).body()).getDocumentElement();
        double width = number(svg, "width");
        double height = number(svg, "height");
        double strip = height - (700 + 20 + 80);
        for (double scale : new double[] {1, 2}) {
            Photo photo = get(scale == 2 ? "/export.png" : "/export.png?scale=1", board.observer());
            assertThat(photo.status()).isEqualTo(200);
            assertThat(photo.contentType()).isEqualTo("image/png");
            assertThat(photo.disposition()).isEqualTo("attachment; filename=\"subscription-billing-q3-beyond.png\"");
            assertThat(photo.header("X-Stormwall-Scale")).as("print quality where it fits").isEqualTo(scale == 2 ? "2" : "1");
            save(scale == 2 ? "wall.png" : "wall-scale-1.png", photo.body());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.body()));
            assertThat(image.getWidth()).isEqualTo((int) Math.ceil(width * scale));
            assertThat(image.getHeight()).isEqualTo((int) Math.ceil(height * scale));
            // inside "Subscription Renewed" (x 80, y 190, 160 × 120), in its lower left corner away from the text;
            // the wall's left edge (x -360) is the image's left edge
            int px = (int) Math.round((80 + 14 + 360) * scale);
            int py = (int) Math.round((strip + 190 + 106 + 20) * scale);
            assertThat(Integer.toHexString(image.getRGB(px, py) & 0xFFFFFF)).isEqualTo("ffa94d");
        }
    }

    @Test
    void aContextPhotoShowsTheBoundedContextAndWhatLiesInIt() throws Exception {
        Photo photo = get("/export.svg?context=" + boundary, board.observer());
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.disposition()).isEqualTo("attachment; filename=\"subscription-billing-q3-beyond-billing.svg\"");
        save("context.svg", photo.body());
        Document svg = parse(photo.body());
        assertThat(number(svg.getDocumentElement(), "width")).isEqualTo(1100 + 80);
        String text = textOf(svg.getDocumentElement());
        assertThat(text).contains("Bounded context: Billing", "Subscription Renewed", "Payment Failed");
        assertThat(squeezed(text)).doesNotContain("PaymentProvider", "BillingClerk", "RenewSubscription");
        assertThat(groups(svg, "legend ")).extracting(item -> item.getAttribute("class"))
                .as("the legend explains what this photo shows")
                .contains("legend event", "legend aggregate", "legend boundary", "legend arrow")
                .doesNotContain("legend command", "legend actor", "legend externalSystem");

        Photo png = get("/export.png?scale=1&context=" + boundary, board.observer());
        assertThat(ImageIO.read(new ByteArrayInputStream(png.body())).getWidth()).isEqualTo(1180);
        save("context.png", png.body());
    }

    @Test
    void aRectanglePhotoShowsThatPartOfTheWall() throws Exception {
        Photo photo = get("/export.png?scale=1&x=-400&y=0&w=400&h=400", board.observer());
        assertThat(photo.status()).isEqualTo(200);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.body()));
        // narrower than the title strip's least width, so the strip sets the width and the rectangle is centred
        assertThat(image.getWidth()).isEqualTo(560);
        String text = textOf(parse(get("/export.svg?x=-400&y=0&w=400&h=400", board.observer()).body()).getDocumentElement());
        assertThat(text).contains("Billing Clerk", "Renew Subscription").doesNotContain("Payment Provider");
    }

    @Test
    void refusesBadParametersNamingThem() {
        assertRefused("/export.png?scale=5", 400, "VALIDATION_FAILED", "scale");
        assertRefused("/export.png?scale=0.1", 400, "VALIDATION_FAILED", "scale");
        assertRefused("/export.png?scale=big", 400, "VALIDATION_FAILED", "scale");
        assertRefused("/export.svg?context=nope", 400, "VALIDATION_FAILED", "context");
        assertRefused("/export.svg?context=" + UUID.randomUUID(), 400, "VALIDATION_FAILED", "context");
        assertRefused("/export.png?context=" + renewed, 400, "VALIDATION_FAILED", "context");
        assertRefused("/export.svg?x=0&y=0&w=100", 400, "VALIDATION_FAILED", "h");
        assertRefused("/export.svg?x=0&y=0&w=-5&h=100", 400, "VALIDATION_FAILED", "w");
        assertRefused("/export.svg?x=abc&y=0&w=5&h=100", 400, "VALIDATION_FAILED", "x");
        assertRefused("/export.svg?x=0&y=0&w=5&h=100&context=" + boundary, 400, "VALIDATION_FAILED", "context");
    }

    @Test
    void refusesAPngOverThePixelLimitButDrawsItSmaller() throws Exception {
        Api.TestBoard wide = api.createBoard("Wide", "free");
        api.ops(wide.id(), wide.participant(), "far", object("op", "create", "element", object("kind", "event", "text", "Start", "x", 0, "y", 0)),
                object("op", "create", "element", object("kind", "event", "text", "Far away", "x", 6000, "y", 3000)),
                object("op", "create", "element", object("kind", "event", "text", "Shrunk to the smallest size", "x", 300, "y", 0, "w", 10, "h", 10)));
        Photo tooLarge = get(wide.id(), "/export.png?scale=4", wide.observer());
        assertThat(tooLarge.status()).isEqualTo(400);
        JsonNode problem = tooLarge.json();
        assertThat(problem.get("code").asString()).isEqualTo("IMAGE_TOO_LARGE");
        assertThat(problem.get("field").asString()).isEqualTo("scale");
        assertThat(problem.get("detail").asString()).contains("24960 × 13", "40000000", "'scale'", "'context'");
        Photo small = get(wide.id(), "/export.png?scale=0.25", wide.observer());
        assertThat(small.status()).isEqualTo(200);
        assertThat(small.header("X-Stormwall-Scale")).isEqualTo("0.25");
        assertThat(ImageIO.read(new ByteArrayInputStream(small.body())).getWidth()).isEqualTo(1560);
        Photo chosen = get(wide.id(), "/export.png", wide.observer());
        assertThat(chosen.status()).isEqualTo(200);
        assertThat(chosen.header("X-Stormwall-Scale")).isEqualTo("1.25");
        assertThat(ImageIO.read(new ByteArrayInputStream(chosen.body())).getWidth()).isEqualTo(6240 * 5 / 4);
    }

    /** A wall some 11,000 pixels wide at print quality is drawn by default at the largest usual scale that fits. */
    @Test
    void anOrdinaryWallTooLargeForPrintQualityIsDrawnAtTheLargestScaleThatFits() throws Exception {
        Api.TestBoard ordinary = api.createBoard("Ordinary", "free");
        List<Object> ops = new ArrayList<>();
        for (int column = 0; column < 28; column++) {
            for (int row = 0; row < 8; row++) {
                ops.add(object("op", "create", "element", object("kind", row % 3 == 0 ? "command" : "event",
                        "text", "Sticky " + column + "/" + row, "x", column * 195, "y", row * 235)));
            }
        }
        assertThat(api.ops(ordinary.id(), ordinary.participant(), "ordinary", ops.toArray()).status()).isEqualTo(200);
        Element svg = parse(get(ordinary.id(), "/export.svg", ordinary.observer()).body()).getDocumentElement();
        double width = number(svg, "width");
        double height = number(svg, "height");
        assertThat(Math.ceil(width * 2) * Math.ceil(height * 2)).as("too large at print quality").isGreaterThan(40_000_000);
        double expected = 0;
        for (double scale : new double[] {1.75, 1.5, 1.25, 1}) {
            if (expected == 0 && Math.ceil(width * scale) * Math.ceil(height * scale) <= 40_000_000) {
                expected = scale;
            }
        }

        Photo photo = get(ordinary.id(), "/export.png", ordinary.observer());

        assertThat(photo.status()).as(new String(photo.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(photo.header("X-Stormwall-Scale")).isEqualTo(expected == 1 ? "1" : String.valueOf(expected));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo.body()));
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(width * expected)).isGreaterThan(8000);
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(height * expected));
        Photo asked = get(ordinary.id(), "/export.png?scale=2", ordinary.observer());
        assertThat(asked.status()).as("a scale asked for is drawn as asked or refused").isEqualTo(400);
        assertThat(asked.json().get("code").asString()).isEqualTo("IMAGE_TOO_LARGE");
    }

    @Test
    void aWallTooLargeEvenAtTheSmallestScaleIsRefusedByDefault() {
        Api.TestBoard huge = api.createBoard("Huge", "free");
        api.ops(huge.id(), huge.participant(), "huge",
                object("op", "create", "element", object("kind", "event", "text", "Here", "x", 0, "y", 0)),
                object("op", "create", "element", object("kind", "event", "text", "There", "x", 30000, "y", 30000)));

        Photo refused = get(huge.id(), "/export.png", huge.observer());

        assertThat(refused.status()).isEqualTo(400);
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asString()).isEqualTo("IMAGE_TOO_LARGE");
        assertThat(problem.get("field").asString()).isEqualTo("scale");
        assertThat(problem.get("detail").asString()).contains("smallest scale, 0.25", "40000000", "'context'");
    }

    @Test
    void anEmptyWallGivesASmallPhotoThatSaysSo() throws Exception {
        Api.TestBoard empty = api.createBoard("Nothing yet <img src=x onerror=alert(1)>", "process-level");
        Photo svg = get(empty.id(), "/export.svg", empty.observer());
        assertThat(svg.status()).isEqualTo(200);
        String text = textOf(parse(svg.body()).getDocumentElement());
        assertThat(text).contains("Nothing yet <img src=x onerror=alert(1)>", "Process level", "Phase 1/8 Chaotic exploration",
                "This wall is empty");
        assertThat(parse(svg.body()).getElementsByTagNameNS("*", "img").getLength()).isZero();
        assertThat(svg.disposition()).isEqualTo("attachment; filename=\"nothing-yet-img-src-x-onerror-alert-1.svg\"");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(get(empty.id(), "/export.png?scale=1", empty.observer()).body()));
        assertThat(png.getWidth()).isEqualTo(560);
        assertThat(png.getHeight()).isBetween(160, 300);
        save("empty.png", get(empty.id(), "/export.png", empty.observer()).body());
    }

    @Test
    void needsAValidLinkLikeReadingTheBoard() {
        for (String file : List.of("/export.svg", "/export.png")) {
            Photo anonymous = get(file, null);
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.json().get("code").asString()).isEqualTo("TOKEN_REQUIRED");
            Photo wrong = get(file, "not-a-token");
            assertThat(wrong.status()).isEqualTo(404);
            assertThat(wrong.json().get("code").asString()).isEqualTo("BOARD_NOT_FOUND");
            Photo noBoard = get(UUID.randomUUID().toString(), file, board.observer());
            assertThat(noBoard.status()).isEqualTo(404);
            assertThat(noBoard.json().get("code").asString()).isEqualTo("BOARD_NOT_FOUND");
        }
    }

    // --- helpers

    private void assertRefused(String file, int status, String code, String field) {
        Photo refused = get(file, board.observer());
        assertThat(refused.status()).as(file).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.json();
        assertThat(problem.get("code").asString()).as(file).isEqualTo(code);
        assertThat(problem.get("field").asString()).as(file).isEqualTo(field);
        assertThat(problem.get("detail").asString()).as(file).contains("'" + field + "'");
    }

    record Photo(int status, String contentType, HttpResponse<byte[]> response) {

        byte[] body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse("");
        }

        String disposition() {
            return header("Content-Disposition");
        }

        JsonNode json() {
            return JsonMapper.builder().build().readTree(new String(body(), StandardCharsets.UTF_8));
        }
    }

    private Photo get(String file, String token) {
        return get(board.id(), file, token);
    }

    private Photo get(String boardId, String file, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/boards/" + boardId + file)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Photo(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A parser that refuses DOCTYPEs and so any external entity: the SVG must not need one. */
    private static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
    }

    private static List<Element> groups(Document svg, String classPrefix) {
        List<Element> found = new ArrayList<>();
        NodeList all = svg.getElementsByTagNameNS(SVG_NS, "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (g.getAttribute("class").startsWith(classPrefix)) {
                found.add(g);
            }
        }
        return found;
    }

    /** The text of every {@code <text>} inside, one line after another. */
    private static String textOf(Element element) {
        NodeList texts = element.getElementsByTagNameNS(SVG_NS, "text");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            lines.add(texts.item(i).getTextContent());
        }
        return String.join(" ", lines);
    }

    /** Without white space, so text wrapped anywhere (long words are broken mid-word) compares equal. */
    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static void save(String name, byte[] body) throws IOException {
        Files.createDirectories(SAVED);
        Files.write(SAVED.resolve(name), body);
    }
}
