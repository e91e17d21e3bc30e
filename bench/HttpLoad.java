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
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load: N clients, each sending the next request when the last one is answered, for a fixed time
 * after a warm-up. Prints one line: requests, throughput, p50 and p99 latency, errors (non-200, or a GraphQL
 * "errors" member). Run as a single-file program: java bench/HttpLoad.java URL BODY_FILE CLIENTS SECONDS WARMUP.
 */
public class HttpLoad {

    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0]);
        String body = Files.readString(Path.of(args[1]));
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long warmup = Long.parseLong(args[4]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();

        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        AtomicLong errors = new AtomicLong();
        List<long[]> perClient = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            // room for 20,000 answers a second per client; the last slot holds how many were recorded
            long[] latencies = new long[(int) Math.min(Integer.MAX_VALUE - 8, seconds * 20_000 + 1)];
            perClient.add(latencies);
            Thread t = Thread.ofPlatform().start(() -> {
                int n = 0;
                while (true) {
                    long sent = System.nanoTime();
                    if (sent >= end) {
                        break;
                    }
                    boolean ok;
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        ok = response.statusCode() == 200 && !response.body().contains("\"errors\"");
                    } catch (Exception e) {
                        ok = false;
                    }
                    long done = System.nanoTime();
                    if (sent >= measureFrom && done <= end) {
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        if (n < latencies.length - 1) {
                            latencies[n++] = done - sent;
                        }
                    }
                }
                latencies[latencies.length - 1] = n;   // how many were recorded
            });
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        long total = perClient.stream().mapToLong(l -> l[l.length - 1]).sum();
        long[] all = new long[(int) total];
        int i = 0;
        for (long[] l : perClient) {
            int n = (int) l[l.length - 1];
            System.arraycopy(l, 0, all, i, n);
            i += n;
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? Double.NaN : all[(int) (all.length * 0.50)] / 1e6;
        double p99 = all.length == 0 ? Double.NaN : all[Math.min(all.length - 1, (int) (all.length * 0.99))] / 1e6;
        System.out.printf("requests=%d throughput=%.1f/s p50=%.2fms p99=%.2fms errors=%d%n",
                total, total / (double) seconds, p50, p99, errors.get());
    }
}
