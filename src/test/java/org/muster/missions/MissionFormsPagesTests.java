package org.muster.missions;

import org.junit.jupiter.api.Test;
import org.muster.Http;
import org.muster.IntegrationTest;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The mission form without a browser: money read in the reader's language, hostile amounts refused beside the field. */
class MissionFormsPagesTests extends IntegrationTest {

    private final String token = UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void aDutchReaderTypesTwelveEurosFiftyWithACommaAndAnEnglishOneWithAPoint() {
        var dutch = staffSession(Map.of("Accept-Language", "nl-NL"));
        assertThat(dutch.get("/missions/new").body()).contains("bijv. 12,50.");
        var published = dutch.submit("/missions/new", "/missions", mission("Fietstocht " + token, "12,50"));
        assertThat(published.status()).isEqualTo(302);
        assertThat(cashOf("fietstocht-" + token)).isEqualTo(1250);

        var english = staffSession(Map.of("Accept-Language", "en-GB"));
        var refused = english.submit("/missions/new", "/missions", mission("Bike tour " + token, "12,50"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Type an amount such as 12.50 EUR", "value=\"12,50\"");
        assertThat(english.submit("/missions/new", "/missions", mission("Bike tour " + token, "12.50")).status()).isEqualTo(302);
        assertThat(cashOf("bike-tour-" + token)).isEqualTo(1250);
    }

    @Test
    void hostileAmountsAreRefusedBesideTheFieldNeverWithAnErrorPage() {
        var staff = staffSession(Map.of("Accept-Language", "en-GB"));
        for (var hostile : new String[]{"1e9", "12.345", "-1", "99999999999999999999", "١٢"}) {
            var refused = staff.submit("/missions/new", "/missions", mission("Hostile " + token, hostile));
            assertThat(refused.status()).as(hostile).isEqualTo(200);
            assertThat(refused.body()).as(hostile).contains("Please correct this field", "Type an amount such as 12.50 EUR");
        }
        // Control characters are dropped from every form field before it is read: "12<NUL>50" is 1,250 euros, beyond the budget.
        var withNul = staff.submit("/missions/new", "/missions", mission("Hostile " + token, "12\u000050"));
        assertThat(withNul.status()).isEqualTo(200);
        assertThat(withNul.body()).contains("Please correct this field", "href=\"#rewardCash\"");
        assertThat(db.sql("select count(*) from missions where slug = :s").param("s", "hostile-" + token).query(Long.class).single())
                .isZero();
    }

    private Map<String, String> mission(String title, String cash) {
        var form = new HashMap<String, String>();
        form.putAll(Map.of("program", "", "programName", "Cash program " + title, "programBudget", "100", "programCashBudget", "50",
                "title", title, "description", "Ride along", "kind", "task", "rewardPoints", "10", "rewardCash", cash,
                "rewardCurrency", "EUR"));
        form.putAll(Map.of("approval", "staff", "place", "", "latitude", "", "longitude", "", "minRank", "", "badge", ""));
        return form;
    }

    private long cashOf(String slug) {
        return db.sql("select reward_cash from missions where slug = :s").param("s", slug).query(Long.class).single();
    }

    private Http staffSession(Map<String, String> headers) {
        var email = uniqueEmail("cashstaff");
        long id = verifiedMember(email, "Cas Cash");
        db.sql("update members set role = 'staff' where id = :id").param("id", id).update();
        var page = new Http("http://localhost:" + port).withHeaders(headers);
        page.submit("/login", "/login", Map.of("email", email, "password", PASSWORD));
        return page;
    }
}
