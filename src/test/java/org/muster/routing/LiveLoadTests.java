package org.muster.routing;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.qa.QaFixture;

import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** A thousand open live pages on one node hold no thread each, all hear one change, and the node still serves pages. */
class LiveLoadTests extends QaFixture {

    private static final int READERS = 1000;

    @Test
    void aThousandReadersAllHearOneAnswerAndTheNodeStillServesPages() throws Exception {
        setUpSpace("public");
        long id = ask(member("load-asker"), "Can a thousand readers follow this question live?");
        var base = "http://localhost:" + port;
        LiveStream.settle(base, id, db);
        var threads = ManagementFactory.getThreadMXBean();
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        int threadsBefore = threads.getThreadCount();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();

        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var readers = new ArrayList<LiveStream>();
        try (var opening = Executors.newVirtualThreadPerTaskExecutor()) {
            var opened = new ArrayList<java.util.concurrent.Future<LiveStream>>();
            for (int i = 0; i < READERS; i++) {
                Callable<LiveStream> open = () -> LiveStream.open(client, base, "/live?question=" + id, null);
                opened.add(opening.submit(open));
            }
            for (var stream : opened) readers.add(stream.get());
        }
        try {
            System.gc();
            int threadsOpen = threads.getThreadCount();
            long heapOpen = memory.getHeapMemoryUsage().getUsed();
            assertThat(new Http(base).get("/questions/" + id).status()).isEqualTo(200);

            answer(member("load-helper"), id, "One answer, announced to every reader at once.");
            // One deadline for all: the readers are served one after another by the same two cores.
            var deadline = System.nanoTime() + java.time.Duration.ofSeconds(90).toNanos();
            for (var reader : readers)
                assertThat(reader.await("answers", java.time.Duration.ofNanos(Math.max(1, deadline - System.nanoTime()))).data())
                        .isEqualTo(Long.toString(id));
            assertThat(new Http(base).get("/questions/" + id).status()).isEqualTo(200);

            // Both ends of every connection are in this JVM, so the heap figure is an upper bound for the server's share.
            System.out.printf("LIVE-LOAD readers=%d platformThreads=%d->%d (peak %d) heapUsed=%dMB->%dMB (%d KB per reader, both ends)%n",
                    READERS, threadsBefore, threadsOpen, threads.getPeakThreadCount(), heapBefore >> 20, heapOpen >> 20,
                    (heapOpen - heapBefore) / READERS >> 10);
            var byPool = new java.util.TreeMap<String, Integer>();
            for (var info : threads.getThreadInfo(threads.getAllThreadIds()))
                if (info != null) byPool.merge(info.getThreadName().replaceAll("[-#]?\\d+$", ""), 1, Integer::sum);
            System.out.println("LIVE-LOAD platform threads by pool: " + byPool);
            // Streams hold no platform thread each (opening a thousand at once grows the server's request pool to its
            // bound, whose threads then wait idle): a thread per reader would add a thousand.
            assertThat(threadsOpen - threadsBefore).isLessThan(READERS / 2);
        } finally {
            readers.forEach(LiveStream::close);
        }
    }
}
