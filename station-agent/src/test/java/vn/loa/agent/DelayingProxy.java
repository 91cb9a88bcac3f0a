package vn.loa.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;

/**
 * A slow link between the agent and the server, on loopback: a TCP proxy that holds every chunk of each
 * direction for its own delay (drawn per chunk, order kept), so a request and its answer take different,
 * jittery times — a commune's 3G link, as the agent's clock sees it.
 */
final class DelayingProxy implements AutoCloseable {

    private static final byte[] END = new byte[0];

    private final ServerSocket listener;
    private final int target;
    private final LongSupplier upMicros;
    private final LongSupplier downMicros;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "delaying-proxy");
        t.setDaemon(true);
        return t;
    });

    /**
     * @param upMillis   the delay of what the agent sends, drawn per chunk: uniform from its first to its
     *                   second value plus, with probability one in three, up to its third again (the jitter)
     * @param downMillis the same for what the server answers
     */
    DelayingProxy(int targetPort, long[] upMillis, long[] downMillis, long seed) throws IOException {
        this.target = targetPort;
        Random random = new Random(seed);
        this.upMicros = delays(random, upMillis);
        this.downMicros = delays(random, downMillis);
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(this::accept);
    }

    private static LongSupplier delays(Random random, long[] millis) {
        return () -> {
            synchronized (random) {
                long base = millis[0] * 1000 + (long) (random.nextDouble() * (millis[1] - millis[0]) * 1000);
                return base + (millis.length > 2 && random.nextInt(3) == 0 ? (long) (random.nextDouble() * millis[2] * 1000) : 0);
            }
        };
    }

    int port() {
        return listener.getLocalPort();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket agent = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
                sockets.add(agent);
                sockets.add(server);
                agent.setTcpNoDelay(true);
                server.setTcpNoDelay(true);
                pump(agent, server, upMicros);
                pump(server, agent, downMicros);
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Reads chunks as they come and writes each when its delay is over, never before the one ahead of it. */
    private void pump(Socket from, Socket to, LongSupplier delayMicros) {
        BlockingQueue<Object[]> held = new LinkedBlockingQueue<>();
        threads.execute(() -> {
            long lastDue = 0;
            byte[] buffer = new byte[65_536];
            try {
                InputStream in = from.getInputStream();
                int n;
                while ((n = in.read(buffer)) > 0) {
                    lastDue = Math.max(lastDue, System.nanoTime() + delayMicros.getAsLong() * 1000);
                    held.add(new Object[] {lastDue, Arrays.copyOf(buffer, n)});
                }
            } catch (IOException e) {
                // the other side closed: pass the end on
            }
            held.add(new Object[] {lastDue, END});
        });
        threads.execute(() -> {
            try {
                OutputStream out = to.getOutputStream();
                while (true) {
                    Object[] chunk = held.take();
                    long wait;
                    while ((wait = (long) chunk[0] - System.nanoTime()) > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (chunk[1] == END) {
                        to.shutdownOutput();
                        return;
                    }
                    out.write((byte[]) chunk[1]);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
        sockets.forEach(DelayingProxy::closeQuietly);
        threads.shutdownNow();
        try {
            threads.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
