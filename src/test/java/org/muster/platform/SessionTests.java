package org.muster.platform;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/** Sessions live in PostgreSQL; a browser's parallel requests on one session must not trip over each other. */
class SessionTests extends IntegrationTest {

    @Test
    void parallelRequestsThatStoreTheSameSessionAttributeAllSucceed() throws Exception {
        for (int round = 0; round < 5; round++) {
            var browser = new Http("http://localhost:" + port);
            assertThat(browser.get("/login").status()).isEqualTo(200);
            // Each of these stores the page asked for in the session, before sending the visitor to sign in.
            var pool = Executors.newFixedThreadPool(12);
            var requests = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 12; i++) requests.add(() -> browser.get("/missions").status());
            for (var result : pool.invokeAll(requests)) assertThat(result.get()).isEqualTo(302);
            pool.shutdown();
        }
    }
}
