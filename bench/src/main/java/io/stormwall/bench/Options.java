package io.stormwall.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The command line. Only a server on this machine may be targeted. */
final class Options {

    static final String USAGE = """
            Usage: FanOutBenchmark [options]
              --url URL          server to load, on this machine only (default http://localhost:8080)
              --clients N[,N..]  WebSocket clients on the board; a list runs each in turn (default 50)
              --rate M           sticky moves per second across the board (default 20)
              --seconds S        measured duration of each run (default 20)
              --warmup W         seconds of load before measuring (default 3)
              --stickies K       stickies created on each fresh board, 1-500 (default 50)
              --saturate         instead of fan-out runs: the highest rate of persisted edits per second
              --connections C    saturation: connections sending at once (default 8)
              --window W         saturation: batches each connection keeps in flight (default 4)
              --help             this text
            """;

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    URI base = URI.create("http://localhost:8080");
    List<Integer> clients = List.of(50);
    int rate = 20;
    int seconds = 20;
    int warmup = 3;
    int stickies = 50;
    boolean saturate;
    int connections = 8;
    int window = 4;
    boolean help;

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--help", "-h" -> o.help = true;
                case "--saturate" -> o.saturate = true;
                case "--url" -> o.base = localUrl(value(args, ++i, arg));
                case "--clients" -> o.clients = clientCounts(value(args, ++i, arg));
                case "--rate" -> o.rate = number(args, ++i, arg, 1, 10_000);
                case "--seconds" -> o.seconds = number(args, ++i, arg, 1, 3_600);
                case "--warmup" -> o.warmup = number(args, ++i, arg, 0, 600);
                case "--stickies" -> o.stickies = number(args, ++i, arg, 1, 500);
                case "--connections" -> o.connections = number(args, ++i, arg, 1, 256);
                case "--window" -> o.window = number(args, ++i, arg, 1, 256);
                default -> throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        return o;
    }

    URI webSocket() {
        String scheme = "https".equals(base.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + base.getRawAuthority() + "/ws");
    }

    URI http(String path) {
        return URI.create(base.getScheme() + "://" + base.getRawAuthority() + path);
    }

    private static URI localUrl(String text) {
        URI uri;
        try {
            uri = URI.create(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--url is not a URL: " + text);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("--url must be http:// or https://, got: " + text);
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!LOCAL_HOSTS.contains(host)) {
            throw new IllegalArgumentException("Refusing to load " + text
                    + ": the benchmark only targets a server on this machine (localhost or 127.0.0.1).");
        }
        return uri;
    }

    private static List<Integer> clientCounts(String text) {
        List<Integer> counts = new ArrayList<>();
        for (String part : text.split(",")) {
            int n = parseInt(part.trim(), "--clients");
            if (n < 1 || n > 5_000) {
                throw new IllegalArgumentException("--clients values must be within 1-5000, got " + n);
            }
            counts.add(n);
        }
        return List.copyOf(counts);
    }

    private static int number(String[] args, int i, String name, int min, int max) {
        int n = parseInt(value(args, i, name), name);
        if (n < min || n > max) {
            throw new IllegalArgumentException(name + " must be within " + min + "-" + max + ", got " + n);
        }
        return n;
    }

    private static int parseInt(String text, String name) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, got '" + text + "'");
        }
    }

    private static String value(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }
}
