package io.stormwall.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;
import tools.jackson.databind.json.JsonMapper;

/**
 * Heap per idle joined WebSocket connection of a running server on this machine: the server's heap after a full GC,
 * before and after opening N connections that join a fresh board and then stay idle (with or without
 * permessage-deflate), divided by N. Reads the heap over JMX, attaching to the server's process by its pid.
 *
 * <pre>ConnectionMemory --url http://localhost:8090 --pid 12345 --connections 400 [--compressed]</pre>
 */
public final class ConnectionMemory {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ConnectionMemory() {}

    public static void main(String[] args) throws Exception {
        URI base = URI.create("http://localhost:8080");
        String pid = null;
        int connections = 400;
        boolean compressed = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> base = URI.create(args[++i]);
                case "--pid" -> pid = args[++i];
                case "--connections" -> connections = Integer.parseInt(args[++i]);
                case "--compressed" -> compressed = true;
                default -> throw new IllegalArgumentException("Unknown argument: " + args[i]
                        + "\nUsage: ConnectionMemory --url URL --pid PID [--connections N] [--compressed]");
            }
        }
        if (pid == null || !List.of("localhost", "127.0.0.1").contains(base.getHost())) {
            throw new IllegalArgumentException("--pid of a server on this machine (--url localhost) is required");
        }
        Options options = Options.parse(new String[] {"--url", base.toString()});
        Rest rest = new Rest(HttpClient.newHttpClient(), options);
        rest.checkHealth();
        Rest.Board board = rest.createBoard("Connection memory");

        VirtualMachine vm = VirtualMachine.attach(pid);
        try (JMXConnector jmx = JMXConnectorFactory.connect(new JMXServiceURL(vm.startLocalManagementAgent()))) {
            MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(jmx.getMBeanServerConnection(),
                    ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
            long before = heapAfterGc(memory);
            List<RawSocket> open = new ArrayList<>();
            for (int i = 0; i < connections; i++) {
                open.add(RawSocket.join(base, board, compressed, "memory-" + i));
            }
            for (RawSocket socket : open) {
                socket.awaitFirstFrame();
            }
            long after = heapAfterGc(memory);
            System.err.printf("heap after GC: %,d bytes before, %,d with %d connections%n", before, after, connections);
            System.out.println("| connections | compressed | heap before (MB) | heap after (MB) | per connection (KB) |");
            System.out.println("|---:|---|---:|---:|---:|");
            System.out.printf(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.0f |%n", connections, compressed ? "yes" : "no",
                    before / 1e6, after / 1e6, (after - before) / 1024.0 / connections);
            for (RawSocket socket : open) {
                socket.close();
            }
        } finally {
            vm.detach();
        }
    }

    /** Several full collections, so what is left is what is held. */
    private static long heapAfterGc(MemoryMXBean memory) throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            memory.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    /**
     * A WebSocket client small enough to hold hundreds of in one process, speaking just enough of RFC 6455 (and
     * asking for permessage-deflate when told to): the handshake, one masked text frame, reading the first frame.
     */
    private static final class RawSocket {

        private final Socket socket;

        private RawSocket(Socket socket) {
            this.socket = socket;
        }

        static RawSocket join(URI base, Rest.Board board, boolean compressed, String clientId) throws IOException {
            Socket socket = new Socket(base.getHost(), base.getPort() < 0 ? 80 : base.getPort());
            byte[] nonce = new byte[16];
            ThreadLocalRandom.current().nextBytes(nonce);
            String handshake = "GET /ws HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                    + "Sec-WebSocket-Key: " + Base64.getEncoder().encodeToString(nonce) + "\r\n"
                    + (compressed ? "Sec-WebSocket-Extensions: permessage-deflate\r\n" : "") + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(handshake.getBytes(StandardCharsets.US_ASCII));
            String answer = readHeaders(socket.getInputStream());
            if (!answer.startsWith("HTTP/1.1 101")) {
                throw new IOException("Handshake refused: " + answer);
            }
            if (compressed && !answer.toLowerCase(Locale.ROOT).contains("permessage-deflate")) {
                throw new IOException("The server did not agree to permessage-deflate: " + answer);
            }
            String join = JSON.writeValueAsString(Map.of("type", "join", "protocol", Rest.PROTOCOL,
                    "boardId", board.id(), "token", board.participantToken(), "clientId", "memory-" + clientId + "-0123456789",
                    "name", clientId));
            out.write(textFrame(join.getBytes(StandardCharsets.UTF_8)));
            out.flush();
            return new RawSocket(socket);
        }

        /** The welcome's frame header: the join went through (the rest stays unread, as an idle client's would). */
        void awaitFirstFrame() throws IOException {
            InputStream in = socket.getInputStream();
            int first = in.read();
            if ((first & 0x0f) != 1) {
                throw new IOException("Expected a text frame (the welcome), got opcode " + (first & 0x0f));
            }
        }

        void close() throws IOException {
            socket.close();
        }

        private static String readHeaders(InputStream in) throws IOException {
            ByteArrayOutputStream headers = new ByteArrayOutputStream();
            int matched = 0;
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    throw new IOException("Connection closed during the handshake");
                }
                headers.write(b);
                matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
            }
            return headers.toString(StandardCharsets.US_ASCII);
        }

        private static byte[] textFrame(byte[] payload) {
            ByteArrayOutputStream frame = new ByteArrayOutputStream();
            frame.write(0x81);
            if (payload.length < 126) {
                frame.write(0x80 | payload.length);
            } else {
                frame.write(0x80 | 126);
                frame.write(payload.length >> 8);
                frame.write(payload.length & 0xff);
            }
            byte[] mask = new byte[4];
            ThreadLocalRandom.current().nextBytes(mask);
            frame.writeBytes(mask);
            for (int i = 0; i < payload.length; i++) {
                frame.write(payload[i] ^ mask[i % 4]);
            }
            return frame.toByteArray();
        }
    }
}
