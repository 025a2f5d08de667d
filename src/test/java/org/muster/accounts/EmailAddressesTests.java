package org.muster.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmailAddressesTests {

    @Test
    void invisibleCharactersAroundAnAddressAndCaseMakeNoDifference() {
        for (var typed : new String[]{"Ada@Example.test", " ada@example.test\t", "ada@example.test\u2003", "\u3000ada@example.test",
                "ada@example.test\u00a0", "\u200bada@example.test\u200d", "\ufeffada@example.test", "ada@example.test\u202f\u2007",
                "\u0000ada@example.test\r\n"})
            assertThat(EmailAddresses.canonical(typed)).as(typed).isEqualTo("ada@example.test");
    }

    @Test
    void theCanonicalFormIsItsOwnCanonicalForm() {
        var once = EmailAddresses.canonical("\u2003 Grace.Hopper+Navy@Example.TEST \u3000");
        assertThat(EmailAddresses.canonical(once)).isEqualTo(once).isEqualTo("grace.hopper+navy@example.test");
    }

    @Test
    void nothingTypedIsTheEmptyAddress() {
        assertThat(EmailAddresses.canonical(null)).isEmpty();
        assertThat(EmailAddresses.canonical("\u2003\u200b ")).isEmpty();
    }
}
