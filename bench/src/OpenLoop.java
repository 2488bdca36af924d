import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load generator for bench/run.sh: requests leave at a fixed offered rate whatever the
 * server's answers take, and each latency is measured from the moment its request was due to leave, not
 * from when a free connection finally sent it. A closed loop (wrk) lets a slow server slow the load down
 * and so hides its queueing; here a server that falls behind shows it in the percentiles.
 *
 * The rate is spread over a fixed number of connections: connection i sends requests i, i + c, i + 2c, ...
 * of the schedule, each on one kept-alive HTTP/1.1 connection. A connection still waiting for an answer
 * when its next request is due sends that one late, and the lateness counts in its latency.
 *
 * Usage: java bench/src/OpenLoop.java NAME BASE_URL PATHS_FILE HEADERS_FILE RATE SECONDS CONNECTIONS
 *   PATHS_FILE   one path a line ("/clinic/patients/17"), taken in turn;
 *   HEADERS_FILE one identity a line, headers separated by TAB ("Authorization: Bearer ..." or
 *                "Cookie: q_session=..."); connection i uses line i modulo the number of lines.
 * Prints one line: RESULT NAME requests= seconds= rps= offered= p50= p90= p99= p999= max= errors=
 * (milliseconds), the format bench/report.sh reads.
 */
public class OpenLoop {

    public static void main(String[] args) throws Exception {
        if (args.length != 7) {
            System.err.println("usage: OpenLoop NAME BASE_URL PATHS_FILE HEADERS_FILE RATE SECONDS CONNECTIONS");
            System.exit(2);
        }
        String name = args[0];
        String base = args[1];
        List<String> paths = nonEmptyLines(Path.of(args[2]));
        List<String[]> identities = new ArrayList<>();
        for (String line : nonEmptyLines(Path.of(args[3]))) {
            identities.add(line.split("\t"));
        }
        double rate = Double.parseDouble(args[4]);
        int seconds = Integer.parseInt(args[5]);
        int connections = Integer.parseInt(args[6]);

        long total = Math.round(rate * seconds);
        long intervalNanos = Math.round(1e9 / rate);
        long start = System.nanoTime() + 200_000_000L; // every connection starts from one schedule
        Connection[] workers = new Connection[connections];
        for (int i = 0; i < connections; i++) {
            workers[i] = new Connection(i, connections, total, start, intervalNanos, base, paths,
                    identities.get(i % identities.size()));
            workers[i].start();
        }
        long[] all = new long[(int) total];
        int n = 0;
        long errors = 0;
        long lastEnd = start;
        for (Connection w : workers) {
            w.join();
            System.arraycopy(w.latencies, 0, all, n, w.count);
            n += w.count;
            errors += w.errors;
            lastEnd = Math.max(lastEnd, w.lastEnd);
        }
        long[] done = Arrays.copyOf(all, n);
        Arrays.sort(done);
        double elapsed = (lastEnd - start) / 1e9;
        System.out.printf("RESULT %s requests=%d seconds=%.2f rps=%.1f offered=%.0f p50=%.2f p90=%.2f p99=%.2f p999=%.2f max=%.2f errors=%d%n",
                name, n, elapsed, n / elapsed, rate, ms(done, 0.50), ms(done, 0.90), ms(done, 0.99), ms(done, 0.999),
                n == 0 ? 0 : done[n - 1] / 1e6, errors);
    }

    private static double ms(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static List<String> nonEmptyLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }

    /** One kept-alive connection sending its share of the schedule. */
    private static final class Connection extends Thread {
        private final int index;
        private final int connections;
        private final long total;
        private final long start;
        private final long interval;
        private final String base;
        private final List<String> paths;
        private final String[] headers;
        private final HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        final long[] latencies;
        int count;
        long errors;
        long lastEnd;

        Connection(int index, int connections, long total, long start, long interval, String base,
                   List<String> paths, String[] headers) {
            super("open-loop-" + index);
            this.index = index;
            this.connections = connections;
            this.total = total;
            this.start = start;
            this.interval = interval;
            this.base = base;
            this.paths = paths;
            this.headers = headers;
            this.latencies = new long[(int) (total / connections + 1)];
        }

        @Override
        public void run() {
            for (long k = index; k < total; k += connections) {
                long due = start + k * interval;
                long wait;
                while ((wait = due - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                }
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + paths.get((int) (k % paths.size()))))
                        .timeout(Duration.ofSeconds(10))
                        .header("Accept", "text/html");
                for (String header : headers) {
                    int colon = header.indexOf(':');
                    request.header(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
                }
                try {
                    HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() >= 300) {
                        errors++;
                    }
                } catch (IOException e) {
                    errors++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                lastEnd = System.nanoTime();
                latencies[count++] = lastEnd - due;
            }
        }
    }
}
