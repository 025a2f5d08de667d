package org.muster.demo;

import org.junit.jupiter.api.Test;
import org.muster.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCommunityTests extends IntegrationTest {

    @Autowired
    DemoCommunity demo;

    @Test
    void loadsALivingCommunityOnceAndItsMembersCanSignInAsTheReadmeSays() throws java.io.IOException {
        var out = new ByteArrayOutputStream();
        demo.run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("300 questions");

        var routers = http.get("/api/v1/questions?space=routers&solved=true&size=100").json().get("questions");
        assertThat(routers.size()).isGreaterThan(50);
        assertThat(db.sql("select count(*) from posts p join spaces s on s.id = p.space_id where s.slug = 'routers' and p.kind = 'answer'")
                .query(Long.class).single()).isGreaterThan(200);
        assertThat(db.sql("select count(*) from posts where validated_at is not null").query(Long.class).single()).isPositive();
        assertThat(db.sql("select count(*) from votes").query(Long.class).single()).isGreaterThan(300);
        assertThat(tokenFor("anna.devries@demo.muster", DemoCommunity.PASSWORD)).startsWith("mst_");

        var again = new ByteArrayOutputStream();
        demo.run(List.of(), new PrintStream(again, true, StandardCharsets.UTF_8));
        assertThat(again.toString(StandardCharsets.UTF_8)).contains("already loaded");
        everyDemoAccountTheReadmeNamesSignsInWithTheRoleItSays();
    }

    /** The accounts the README offers for a first look exist, with the role it says. */
    private void everyDemoAccountTheReadmeNamesSignsInWithTheRoleItSays() throws java.io.IOException {
        var readme = Files.readString(Path.of("README.md"));
        var named = Pattern.compile("`([a-z.]+@demo\\.muster)`\\s+\\((staff|moderator|champion|member|admin)\\)").matcher(readme);
        int accounts = 0;
        while (named.find()) {
            var me = http.withToken(tokenFor(named.group(1), DemoCommunity.PASSWORD)).get("/api/v1/me");
            assertThat(me.status()).as(named.group(1)).isEqualTo(200);
            assertThat(me.json().get("role").asString()).as(named.group(1)).isEqualTo(named.group(2));
            accounts++;
        }
        assertThat(accounts).as("demo accounts named in the README").isGreaterThanOrEqualTo(2);
    }
}
