package io.stormwall.bench;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/** The server to measure, given by --url: only one on this machine may be targeted. */
final class Options {

    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    URI base = URI.create("http://localhost:8080");

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].equals("--url") || i + 1 >= args.length) {
                throw new IllegalArgumentException("Unknown argument: " + args[i]);
            }
            o.base = localUrl(args[++i]);
        }
        return o;
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
}
